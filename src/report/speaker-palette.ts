/** One speaker colour: a pale background for the quoted words and a strong accent for underlines and borders. */
export interface SpeakerColour {
  /** Background of the speaker's quotes; dark text on it keeps a contrast above 12:1. */
  readonly background: string
  /** Underlines of the cue and addressee, the quote's border and the swatch's edge. */
  readonly accent: string
}

/**
 * The speakers' colours, in the order speakers are given them (the order of
 * their first quote). Pale tints of distinct hues, so each stays readable
 * under near-black text; beyond the last one the palette repeats with dotted
 * borders.
 */
export const speakerPalette: readonly SpeakerColour[] = [
  {background: '#cfe6ff', accent: '#0b5cad'},
  {background: '#ffe0b8', accent: '#a85200'},
  {background: '#d3f2d3', accent: '#1d7a1d'},
  {background: '#ffd8e8', accent: '#b02a64'},
  {background: '#e6dcff', accent: '#6a3fb5'},
  {background: '#fff1a8', accent: '#7d6300'},
  {background: '#c8f0ec', accent: '#0f7068'},
  {background: '#ffd9cc', accent: '#b3401a'},
  {background: '#e2ebc3', accent: '#56690f'},
  {background: '#f4d8ff', accent: '#8e2fb0'},
  {background: '#dbe3ec', accent: '#44546a'},
  {background: '#d6f0ff', accent: '#036a9e'}
]

/** The colour of quotes with no speaker. */
export const unattributedColour: SpeakerColour = {background: '#ececec', accent: '#5c5c5c'}
