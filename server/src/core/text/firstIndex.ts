/**
 * The first index in [from, to) at which `reaches` holds, or `to`: a binary search over a
 * condition that, once true, stays true for every later index (sorted offsets, a monotone map).
 */
export function firstIndex(from: number, to: number, reaches: (index: number) => boolean): number {
  let low = from;
  let high = to;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (reaches(mid)) high = mid;
    else low = mid + 1;
  }
  return low;
}
