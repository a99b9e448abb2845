/** An archive photo's mark opening its caption: "FILE -", "FILE PHOTO:". */
export const archivePhotoMark = /^FILE(?: PHOTO)?\s*[-–—:]\s/

/** A news agency's photo credit in brackets closing a caption: "(AP Photo/Jane Doe)", "(Reuters)". */
export const agencyPhotoCredit = /\((?:AP|AFP|Reuters|EPA|Getty|PA|Xinhua|Bloomberg|UPI|CP|AAP|ANI) ?(?:Photo|Images|Wire)?\b[^()]*\)\s*$/i

/**
 * Evidence that a line is a photo caption: archive-photo markers and photo
 * credits as outlets print them. Each pattern is tested against the whole line.
 */
export const captionMarkers: readonly RegExp[] = [
  archivePhotoMark,
  /^\(?(?:photo|image|picture|photograph)s?\s*:/i,
  // Inside the brackets `[^()]`, not `[^)]`: a bracket never reads past the next one, which keeps these linear.
  agencyPhotoCredit,
  /\((?:photo|image|picture|photograph|credit|pictured)s?\b[^()]*\)\s*$/i,
  /\bvia Getty Images\)?\s*$/i,
  /\bGetty Images\)?\s*$/,
  /[(|/]\s*(?:Reuters|AFP|AP|EPA|Shutterstock|Alamy|Getty)\s*(?:\)\s*)?$/,
  /^(?:This|An?|The) (?:undated |handout )?(?:image|photo|photograph|picture|video still|screenshot|screen grab|file photo) (?:released|provided|distributed|taken|obtained|shared|posted|supplied|made available)\b/i,
  /^Pictured\b/i,
  // Where the people stand in the photo: "Jane Doe, left, greets …", "(left)", "from left".
  /,\s(?:left|right|center|centre|second (?:left|right)|far (?:left|right)|top|bottom|foreground|background)(?: to right)?,\s/i,
  /\((?:left|right|center|centre|top|bottom|inset|above|below)\)/i,
  /\bfrom left\b/i,
  /\bpictured (?:here|above|below|left|right|center|centre|from left)\b|,\spictured,/i
]

/**
 * A credit in the caption's last sentence: "… on Monday. Photo: Jane Doe",
 * "Photo by Jane Doe.". Tested on the words after the last full stop that
 * is not the caption's final one (see `isCaption`): one pass over the text,
 * where a pattern that read from every "Photo:" to the end would be quadratic.
 */
export const lastSentenceCreditMarker = /\b(?:Photo|Photograph|Image|Picture)(?:\s+credit)?\s*(?::|by)\s+[A-Z]/

/** Phrases that name who released or made a photo: "released by the FBI". */
export const captionCreditPattern =
  /\b(?:released|provided|distributed|supplied|handed out|made available|courtesy|taken|shared) by (?:the )?[A-Z][\w.'’&-]*(?: (?:of |the |and )?[A-Z][\w.'’&-]*)*/

/**
 * A photographer's name in brackets, as it closes a caption's words
 * ("… on a shelf (Jane Doe)", "… at dawn (Ann Holt/Wire)"): two to four
 * capitalised words with a lower-case letter after the capital (a particle
 * such as "de" or "van" allowed between them) or initials ("J. Doe"), perhaps
 * with a slash and an outlet; an abbreviation such as "(D- Mich.)" is no name.
 * Tested on the last bracket of a line only (see `hasBracketedNameCredit`).
 */
export const bracketedName =
  /^\(\s*\p{Lu}(?:\p{Ll}[\p{L}'’-]*|\.)(?:\s+(?:\p{Ll}{1,3}\s+)?\p{Lu}(?:\p{Ll}[\p{L}'’-]*|\.)){1,3}(?:\s?\/\s?\p{Lu}[\p{L}'’.&-]*(?:\s\p{Lu}[\p{L}'’.&-]*){0,2})?\s*\)$/u
