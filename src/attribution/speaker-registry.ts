import type {SpeakerKind} from '../types.js'
import type {MentionInfo} from './classify-mention.js'
import {isEpithet} from './is-epithet.js'
import {isSameDescription} from './same-description.js'
import {isSameDescribed} from './same-described.js'
import {anonymousSet, partOfGroupSet, partyMembersSet, prepositionsSet, quantifiersSet} from './word-sets.js'

/** One source the article names, as known so far. */
export interface Referent {
  /** Canonical name: the fullest seen. */
  name: string
  kind: SpeakerKind
  role?: string
  gender?: 'female' | 'male'
  /** Every way the article named it. */
  readonly aliases: string[]
  /** Lower-case head word of common-noun mentions (`report`, `mayor`). */
  head: string
  /** When it was last mentioned (a counter that grows through the article). */
  seen: number
  /** When it was last a speaker. */
  spoke: number
  /** Whether the article names it (a proper name) rather than describing it (`a spokesperson`). */
  proper: boolean
  /** For a document, who issued it: what the document says, its issuer says. */
  issuer?: Referent
  /** Whether its latest mention was a sentence's whole subject, the name alone ("Okafor did not hesitate"). */
  bare?: boolean
}

/** Whether every word of a name is capitalised (as in a title-case headline). */
const isCapitalised = (name: string) => name.split(/\s+/).every((word) => /^[^\p{Ll}]/u.test(word))

/** Split names, kept between calls: the same few names are split for every mention. */
const split = new Map<string, readonly string[]>()

/** A name's words, lower case (shared arrays: never change them). */
const words = (name: string): readonly string[] => {
  let list = split.get(name)
  if (!list) {
    // A bound, so that a long run of documents with many names keeps memory flat.
    if (split.size >= 10_000) split.clear()
    list = name.toLowerCase().split(/\s+/)
    split.set(name, list)
  }
  return list
}

/** Whether a role mentions a title: `mayor` in "Harbourtown mayoral candidate" (a shared stem of four letters or more). */
const roleHas = (role: string | undefined, title: string) => Boolean(role && title.length >= 4 && words(role).some((word) => word.replace(/^.*-/, '').startsWith(title)))

/** A word for where someone is from (`Palestinian`, `Japanese`), which opens organisations' names without being their short form. */
const demonym = /(?:ian|ese|ish|ean)$/

/** How many mentions back a descriptive mention ("the company", "the statement") looks for the source it stands for. */
const descriptionReach = 12

/** Whether `short`'s words end `long`'s words (`Siddiqqui` in `Siddeq Siddiqqui`). */
function endsWithWords(long: string, short: string): boolean {
  const a = words(long)
  const b = words(short)
  if (b.length > a.length) return false
  return b.every((word, index) => a[a.length - b.length + index] === word)
}

/** Whether a group is described by what it knows: "sources familiar with the talks", "people close to the club". */
function isAnonymous(name: string): boolean {
  const list = words(name)
  return list.some((word, index) => anonymousSet.has(word) && index > 0 && prepositionsSet.has(list[index + 1] ?? ''))
}

/**
 * Coreference for speakers: maps each mention to the source it names, in
 * reading order. Surnames join the full name (`Siddiqqui` → `Siddeq
 * Siddiqqui`), pronouns the latest fitting source (`he` → the last man or
 * person, `it` → the last organisation or document), `the report` the latest
 * report, `the mayor` the latest person with that role.
 */
export class SpeakerRegistry {
  readonly referents: Referent[] = []
  #clock = 0
  /** Who issued a document, by its head noun: "X said in a statement" makes "the statement" X. */
  readonly #authors = new Map<string, Referent>()
  /** A source no lookup may return while one mention is resolved: the addressee of its cue. */
  #excluded: Referent | undefined
  /** Lower-case names of the organisations known, for {@link SpeakerRegistry.know} in constant time. */
  readonly #organizationNames = new Set<string>()
  /** Every ending of the known people's names, lower case ("siddiqqui", "siddeq siddiqqui"). */
  readonly #personEndings = new Set<string>()

  /**
   * Record that `referent` spoke through a document (`in a statement`), so
   * that a later "the statement said" is theirs.
   */
  issued(head: string, referent: Referent) {
    if (referent.kind !== 'document') this.#authors.set(head, referent)
  }

  /**
   * Learn a person's full name seen anywhere in the article, so that a later
   * (or earlier) surname resolves to it. Known names are not antecedents for
   * pronouns until they are mentioned as a subject or a speaker.
   */
  know(info: MentionInfo) {
    if (info.kind === 'organization' && info.proper) {
      const lower = info.name.toLowerCase()
      if (words(info.name).length < 2 || this.#organizationNames.has(lower)) return
      this.#add(info).seen = Number.NEGATIVE_INFINITY
      return
    }
    if (info.kind !== 'person' || !info.proper) return
    const name = info.name.replace(/['’]s?$/, '')
    if (words(name).length < 2) return
    info = {...info, name}
    const lower = name.toLowerCase()
    if (this.#personEndings.has(lower.split(/\s+/).join(' '))) return
    const referent = this.#add(info)
    referent.seen = Number.NEGATIVE_INFINITY
  }

  /** Whether a name is known to the article as a person's full name or its ending (`Pereira`), or as an organisation's name. */
  knows(name: string): boolean {
    const lower = name.toLowerCase()
    return this.#personEndings.has(lower) || this.#organizationNames.has(lower)
  }

  /**
   * Resolve a mention; `speaking` marks it as a speaker now. `addressee` names
   * whom the mention speaks to at its cue ("the agency told Harbour News"):
   * a description never stands for its own addressee. Returns `undefined` for
   * an unresolvable pronoun.
   */
  resolve(info: MentionInfo, speaking: boolean, addressee?: string): Referent | undefined {
    const now = ++this.#clock
    this.#excluded = addressee === undefined || info.proper ? undefined : this.#named(addressee)
    let referent = this.#find(info)
    this.#excluded = undefined
    if (!referent) return undefined
    referent.seen = now
    referent.bare = info.proper && !info.role && !info.definite
    // A document speaks for whoever issued it: "the white paper said" is the ferry line's word.
    if (referent.kind === 'document') {
      if (info.issuer && !referent.issuer) {
        const issuer = this.#find(info.issuer)
        if (issuer && issuer.kind !== 'document') referent.issuer = issuer
      }
      if (referent.issuer) {
        referent = referent.issuer
        referent.seen = now
      }
    }
    if (speaking) referent.spoke = now
    return referent
  }

  #find(info: MentionInfo): Referent | undefined {
    if (info.kind === 'pronoun') return this.#antecedent(info)
    if (info.parts) return this.#together(info.parts)
    const name = info.name
    const lower = name.toLowerCase()
    if (info.kind === 'person' && info.proper) {
      // "Ms. Lee" after "Tom Lee", once he is "he": a gender the words give away tells apart people who share a surname.
      const match = this.#latest((entry) => entry.kind === 'person' && (!info.gender || !entry.gender || entry.gender === info.gender) && (endsWithWords(entry.name, name) || endsWithWords(name, entry.name) || entry.aliases.some((alias) => alias.toLowerCase() === lower)))
      if (match) {
        if (words(name).length > words(match.name).length || (name.toLowerCase() === match.name.toLowerCase() && name !== match.name && !isCapitalised(name))) {
          match.name = name
          this.#register(match)
        }
        this.#enrich(match, info)
        return match
      }
      // "Calder" after "Calder Shipping Co.": the short form of an organisation's name.
      const organization = words(name).length === 1 && !demonym.test(lower) ? this.#latest((entry) => entry.kind === 'organization' && entry.proper && words(entry.name).length > 1 && words(entry.name)[0] === lower) : undefined
      return organization ?? this.#add(info)
    }
    if (info.proper) {
      const match = this.#latest((entry) => entry.kind !== 'person' && (entry.name.toLowerCase() === lower || entry.aliases.some((alias) => alias.toLowerCase() === lower)))
      if (match) {
        if (name.toLowerCase() === match.name.toLowerCase() && !isCapitalised(name)) match.name = name
        this.#enrich(match, info)
        return match
      }
      return this.#add(info)
    }
    // Common nouns: "the report", "the mayor", "the company".
    if (info.definite || info.kind === 'document') {
      const head = info.head
      const match =
        info.kind === 'person'
          ? this.#latest((entry) => entry.kind === 'person' && entry.proper && (roleHas(entry.role, head) || entry.aliases.some((alias) => roleHas(alias, head)))) ??
            this.#recent((entry) => isSameDescription(entry, head)) ??
            (partyMembersSet.has(head) ? this.#latest((entry) => entry.kind === 'person' && entry.proper && words(entry.name).length > 1, true) : undefined)
          : info.kind === 'document'
            ? info.definite ? this.#latest((entry) => entry.kind === 'document' && isSameDescribed(entry, head, name)) ?? this.#authors.get(head) : undefined
            : info.kind === 'organization'
              ? this.#describedBy(info) ?? this.#latest((entry) => entry.kind === 'organization' && (entry.proper ? entry.head === head || words(entry.name).includes(head) || roleHas(entry.role, head) : isSameDescribed(entry, head, name))) ?? (info.definite ? this.#author() : undefined)
              : info.kind === 'unknown' && info.definite && isEpithet(head)
                ? this.#recent((entry) => entry.kind === 'person' && entry.proper)
                : undefined
      if (match && (info.definite || words(info.name).length === 1)) {
        if (!match.aliases.includes(name)) match.aliases.push(name)
        // "the department", then "the health department": the fullest description.
        if ((name.toLowerCase() === match.name.toLowerCase() && !isCapitalised(name)) || (!match.proper && match.kind !== 'person' && words(name).length > words(match.name).length)) match.name = name
        return match
      }
    }
    // "Some said …" after "Harbour tenants said …": part of the group just named speaks.
    if (info.kind === 'group' && partOfGroupSet.has(lower)) {
      const whole = this.#latest((entry) => entry.kind === 'group' && !quantifiersSet.has(entry.name.toLowerCase()))
      if (whole && this.#clock - whole.seen <= descriptionReach) return whole
    }
    if (info.kind === 'group') {
      // "people familiar with the bid" after "sources familiar with the talks": one set of unnamed sources.
      if (isAnonymous(name)) {
        const sources = this.#latest((entry) => entry.kind === 'group' && isAnonymous(entry.name))
        if (sources) {
          if (!sources.aliases.includes(name)) sources.aliases.push(name)
          return sources
        }
      }
    }
    // "sources" after "sources familiar with the talks": the group described before.
    if (info.kind === 'group' && words(name).length === 1) {
      const described = this.#latest((entry) => entry.kind === 'group' && words(entry.name).length > 1 && words(entry.name)[0]!.toLowerCase() === lower)
      if (described) {
        if (!described.aliases.includes(name)) described.aliases.push(name)
        return described
      }
    }
    const same = this.#latest((entry) => entry.name.toLowerCase() === lower && entry.kind === info.kind)
    // "a report" after "a report by the city": another document, as "a spokesperson" is another person.
    if (same && !((info.kind === 'person' || info.kind === 'document') && !info.definite)) {
      if (!isCapitalised(name)) same.name = name
      return same
    }
    return this.#add(info)
  }

  #antecedent(info: MentionInfo): Referent | undefined {
    const pronoun = info.head
    if (pronoun === 'it') return this.#latest((entry) => entry.kind === 'organization' || entry.kind === 'document', true)
    if (pronoun === 'they' || pronoun === 'them') {
      return this.#latest((entry) => entry.kind === 'group' || entry.kind === 'organization', true) ?? this.#latest((entry) => entry.kind === 'person', true)
    }
    if (pronoun === 'i' || pronoun === 'we') return undefined
    const gender = info.gender
    const fits = (entry: Referent) => entry.kind === 'person' && (!gender || !entry.gender || entry.gender === gender)
    // A named person before one only described ("a spokesperson said"), who is seldom "he" or "she" later.
    // A one-word name never given in full ("Harbourlink says") is more often an organisation than a person.
    // Unless the one-word name is what the sentence just before was about ("Okafor didn't hesitate. “…,” he said").
    const topic = this.#latest((entry) => fits(entry) && entry.proper, true)
    const justBefore = topic && topic.seen === this.#clock - 1 && topic.spoke !== topic.seen && topic.bare ? topic : undefined
    const match = justBefore ?? this.#latest((entry) => fits(entry) && entry.proper && words(entry.name).length > 1, true) ?? topic ?? this.#latest(fits, true)
    if (match && gender) match.gender ??= gender
    return match
  }

  /** People named together ("Lee and Ortiz"): one group under both their full names. */
  #together(parts: readonly MentionInfo[]): Referent {
    const name = parts.map((part) => this.#find(part)?.name ?? part.name).join(' and ')
    const lower = name.toLowerCase()
    const known = this.#latest((entry) => entry.kind === 'group' && entry.name.toLowerCase() === lower)
    return known ?? this.#add({kind: 'group', name, head: lower.split(' ').at(-1)!, definite: false, proper: true})
  }

  /**
   * The organisation whose name holds a describing word of `info`: "the railway
   * company" → `Northern Coast Railway`, "the ferry agency" → `Island Ferry Services`.
   */
  #describedBy(info: MentionInfo): Referent | undefined {
    const describing = words(info.name).slice(0, -1).filter((word) => word.length >= 4 && !/['’]/.test(word))
    if (describing.length === 0) return undefined
    const named = (entry: Referent) => entry.kind === 'organization' && entry.proper
    return this.#latest((entry) => named(entry) && describing.includes(words(entry.name).at(-1)!)) ?? this.#latest((entry) => named(entry) && words(entry.name).some((word) => describing.includes(word)))
  }

  /**
   * The named source a description stands for ("the company", "the statement"):
   * the latest organisation, or a one-word name never given in full
   * (`Harbourlink`), mentioned within the last few mentions.
   */
  #author(): Referent | undefined {
    const match = this.#latest((entry) => entry.proper && (entry.kind === 'organization' || (entry.kind === 'person' && words(entry.name).length === 1)))
    return match && this.#clock - match.seen <= descriptionReach ? match : undefined
  }

  /** The latest referent that passes `test`, when mentioned within the last few mentions ({@link descriptionReach}). */
  #recent(test: (entry: Referent) => boolean): Referent | undefined {
    const match = this.#latest(test)
    return match && this.#clock - match.seen <= descriptionReach ? match : undefined
  }

  /** The source known by exactly this name or alias (case aside), without making one. */
  #named(name: string): Referent | undefined {
    const lower = name.toLowerCase()
    return this.#latest((entry) => entry.name.toLowerCase() === lower || entry.aliases.some((alias) => alias.toLowerCase() === lower))
  }

  /** The most recently mentioned referent that passes `test`. */
  #latest(test: (entry: Referent) => boolean, recent = false): Referent | undefined {
    let best: Referent | undefined
    // Look back over a bounded number of sources so that odd input with thousands of names stays linear.
    const from = Math.max(0, this.referents.length - 400)
    for (let index = from; index < this.referents.length; index++) {
      const entry = this.referents[index]!
      if (entry === this.#excluded || !test(entry)) continue
      if (!best || entry.seen > best.seen) best = entry
    }
    if (recent && best && this.#clock - best.seen > 60) return undefined
    return best
  }

  #add(info: MentionInfo): Referent {
    const referent: Referent = {
      name: info.proper ? info.name.replace(/['’]s?$/, '') : info.name,
      kind: info.kind === 'pronoun' ? 'unknown' : info.kind,
      aliases: [],
      head: info.head,
      seen: this.#clock,
      spoke: 0,
      proper: info.proper
    }
    this.#enrich(referent, info)
    this.referents.push(referent)
    this.#register(referent)
    return referent
  }

  /** Index a referent's name for {@link SpeakerRegistry.know}. */
  #register(referent: Referent) {
    if (referent.kind === 'organization') this.#organizationNames.add(referent.name.toLowerCase())
    if (referent.kind !== 'person') return
    const list = words(referent.name)
    for (let start = 0; start < list.length; start++) this.#personEndings.add(list.slice(start).join(' '))
  }

  #enrich(referent: Referent, info: MentionInfo) {
    if (!referent.aliases.includes(info.name)) referent.aliases.push(info.name)
    if (info.acronym && !referent.aliases.includes(info.acronym)) referent.aliases.push(info.acronym)
    if (info.role) this.addRole(referent, info.role)
    if (info.gender) referent.gender ??= info.gender
  }

  /** Keep the fullest role seen. */
  addRole(referent: Referent, role: string) {
    if (!referent.role || role.length > referent.role.length) referent.role = role
  }
}
