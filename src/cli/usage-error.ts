/** A mistake in how the command was called: reported with a hint to `--help`, exit status 2. */
export class UsageError extends Error {
  override name = 'UsageError'
}
