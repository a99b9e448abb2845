// Unit tests call the entity finder's parts directly, without an entry point
// that provides compromise (parseArticle from news-anatomy does, on each call).
import nlp from 'compromise/two'
import {provideCompromise} from '../../src/entities/compromise-slot.js'

provideCompromise(nlp)
