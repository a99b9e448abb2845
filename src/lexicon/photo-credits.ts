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
  /^\(?\s*(?:image|photo|picture|photograph|video)s?(?:\s+credits?)?\s*:\s*[^.!?]{1,80}\)?$/i,
  /^(?:credit|photo credit|image credit)s?\s*:\s*[^.!?]{1,80}$/i,
  /^(?:copyright|©)\s+[^.!?]{1,80}$/i,
  /^(?:photo|image|picture)\s+by\s+\p{Lu}[^.!?]{1,60}$/iu
]

/**
 * A credit at the end of a caption, captured with what stands before it:
 * "… in Paris. (AP Photo/Jane Doe)", "… on Monday (Photo: Wire)",
 * "… the coup.Credit: Jane Doe", "… officer - Copyright Jane Doe/AP".
 * Group 1 is the credit as written.
 */
export const trailingCreditPatterns: readonly RegExp[] = [
  /\s*\(\s*((?:(?:image|photo|picture|photograph)s?(?:\s+credits?)?\s*(?::|by)|courtesy\b|credit\s*:)[^()]{1,80}?)\s*\)\s*(?:more\s*>)?$/i,
  /\s*\(\s*([^()\s/]{1,40}(?: [^()\s/]{1,40}){0,3}\/[^()]{1,60}?)\s*\)\s*(?:more\s*>)?$/,
  /(?<=[.!?]["”’]?)\s*\(\s*(\p{Lu}[\p{L}'’&.-]*(?: (?:of |the |and )?\p{Lu}[\p{L}'’&.-]*){0,3})\s*\)$/u,
  /(?<=[.!?\p{Ll}])\s*((?:image\s+)?credits?\s*:\s*[^.!?]{1,80})$/iu,
  /\s+[-–—]\s+((?:copyright|©)\s+[^.!?]{1,80})$/i
]
