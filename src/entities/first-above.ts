/**
 * The index of the first value above `value` in ascending `values` (binary
 * search); `values.length` when there is none.
 *
 * @example
 *   firstAbove([2, 5, 9], 5) // 2
 */
export function firstAbove(values: readonly number[], value: number): number {
  let low = 0
  let high = values.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (values[middle]! > value) high = middle
    else low = middle + 1
  }
  return low
}
