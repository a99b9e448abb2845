/**
 * Photo credits as outlets print them, either on a line of their own under or
 * over a photo, or at the end of its caption.
 */

/** Picture agencies and wire services whose name alone is a photo credit. */
export const pictureAgencies: readonly string[] = [
  'AP', 'AFP', 'Reuters', 'EPA', 'Getty Images', 'Getty', 'PA', 'PA Images', 'PA Media', 'Shutterstock', 'Alamy',
  'Xinhua', 'Bloomberg', 'UPI', 'AAP', 'ANI', 'Anadolu', 'SWNS', 'Pool', 'Handout', 'Supplied', 'Courtesy', 'iStock'
]

/**
 * A whole line that is only a photo credit: "Image Credits: Jane Doe",
 * "Photo: Jane Doe/Wire", "Copyright Jane Doe/AP", "Getty Images".
 */
export const creditLinePatterns: readonly RegExp[] = [
  /^\(?\s*(?:image|photo|picture|photograph|video)s?(?:\s+credits?)?\s*:\s*[^.!?\s][^.!?]{0,79}\)?$/i,
  /^(?:credit|photo credit|image credit)s?\s*:\s*[^.!?\s][^.!?]{0,79}$/i,
  /^(?:copyright|©)\s+[^.!?\s][^.!?]{0,79}$/i,
  /^(?:photo|image|picture)\s+by\s+\p{Lu}[^.!?]{1,60}$/iu
]

/**
 * A credit at the end of a caption: "… in Paris. (AP Photo/Jane Doe)",
 * "… on Monday (Photo: Wire)", "… the coup.Credit: Jane Doe",
 * "… at dawn. Photo by Jane Doe /Wire",
 * "… officer - Copyright Jane Doe/AP". The group `credit` is the credit as
 * written; the caption's own words are what stands before the match, plus the
 * group `end` where there is one (the mark that ends the caption's sentence),
 * without the spaces before the credit. How long a credit may be is
 * `maxTrailingCreditLength`.
 *
 * Linear by construction: no lookbehind, no leading run of spaces, and what a
 * credit may hold cannot hold the mark that starts one (a bracket, a colon, a
 * dash standing alone), so no credit is read again from every mark in it.
 */
export const trailingCreditPatterns: readonly RegExp[] = [
  /\(\s*(?<credit>(?:(?:image|photo|picture|photograph)s?(?:\s+credits?)?\s*(?::|by)|courtesy\b|credit\s*:)[^()]*?[^()\s])\s*\)\s*(?:more\s*>)?$/i,
  /\(\s*(?<credit>[^()\s/]+(?: [^()\s/]+){0,3}\/[^()]*?[^()\s])\s*\)\s*(?:more\s*>)?$/,
  /(?<end>[.!?]["”’]?)\s*\(\s*(?<credit>\p{Lu}[\p{L}'’&.-]*(?:,? (?:of |the |and )?\p{Lu}[\p{L}'’&.-]*){0,6})\s*\)$/u,
  /(?<end>[.!?\p{Ll}])\s*(?<credit>(?:image\s+)?credits?\s*:\s*[^.!?:\s][^.!?:]*)$/iu,
  /(?<end>[.!?]["”’]?)\s+(?<credit>(?:[Pp]hoto(?:graph)?|[Ii]mage|[Pp]icture)s?(?:\s+by\s+|\s*:\s*)\p{Lu}[^.!?:]*)$/u,
  /\s[-–—]\s+(?<credit>(?:copyright|©)\s+[^.!?\s–—-][^.!?\s]*(?:\s+[^.!?\s–—-][^.!?\s]*)*)$/i
]

/** Longest trailing credit, in characters: "(Photo: Jane Doe for The Daily Planet/Wire Service)" is long. */
export const maxTrailingCreditLength = 100
