/**
 * Names known to name the same entity: a union–find over name keys
 * (lower-case names). Near-linear.
 *
 * @example
 *   const groups = new NameGroups()
 *   groups.join('federal bureau of investigation', 'fbi')
 *   groups.root('fbi') === groups.root('federal bureau of investigation') // true
 */
export class NameGroups {
  readonly #parent = new Map<string, string>()

  /** The representative key of the group holding `key`. */
  root(key: string): string {
    let root = key
    for (let parent = this.#parent.get(root); parent !== undefined && parent !== root; parent = this.#parent.get(root)) root = parent
    // Path compression.
    let node = key
    while (node !== root) {
      const parent = this.#parent.get(node)!
      this.#parent.set(node, root)
      node = parent
    }
    return root
  }

  /** Put `a` and `b` in one group. */
  join(a: string, b: string): void {
    const x = this.root(a)
    const y = this.root(b)
    if (x !== y) this.#parent.set(y, x)
  }
}

/**
 * The key of a name: lower case, one kind of apostrophe and hyphen, single
 * spaces, no possessive and no periods (`U.N.` and `UN` share a key).
 *
 * @example
 *   nameKey('Kabul’s') // 'kabul'
 */
export function nameKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[‐‑–]/g, '-')
    .replace(/'s?$/, '')
    .replace(/\./g, '')
    .split(/\s+/)
    .filter(Boolean)
    .join(' ')
}
