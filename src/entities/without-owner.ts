/**
 * A name without an owner before it.
 *
 * @example
 *   withoutOwner('Norland’s National Weather Office') // 'National Weather Office'
 */
export function withoutOwner(name: string): string {
  return name.replace(/^.*['’]s\s+/su, '')
}
