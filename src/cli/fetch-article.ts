/** A page fetched from the web. */
export interface FetchedPage {
  /** The body, decoded as text. */
  readonly text: string
  /** The response's `Content-Type`, if any. */
  readonly contentType: string | null
}

/** Bodies above this many bytes are refused. */
const maxBytes = 50 * 1024 * 1024

/**
 * Fetch a web page with a time limit (`AbortSignal.timeout`).
 *
 * @throws {Error} With a message a person can act on: offline or no such host,
 *   no answer in time, an HTTP error status, or a body too large.
 */
export async function fetchArticle(url: string, timeoutMs: number, userAgent: string): Promise<FetchedPage> {
  const signal = AbortSignal.timeout(timeoutMs)
  let response: Response
  try {
    response = await fetch(url, {
      signal,
      redirect: 'follow',
      headers: {accept: 'text/html, application/xhtml+xml, text/markdown;q=0.9, text/plain;q=0.8, */*;q=0.1', 'user-agent': userAgent}
    })
  } catch (error) {
    throw new Error(explain(error, timeoutMs))
  }
  if (!response.ok) {
    await response.body?.cancel()
    throw new Error(`the server answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`)
  }
  const length = Number(response.headers.get('content-length'))
  if (length > maxBytes) {
    await response.body?.cancel()
    throw new Error(`the page is ${length} bytes; more than the ${maxBytes} this tool reads`)
  }
  try {
    return {text: await response.text(), contentType: response.headers.get('content-type')}
  } catch (error) {
    throw new Error(explain(error, timeoutMs))
  }
}

function explain(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return `no complete answer within ${timeoutMs / 1000} s (see --timeout)`
  }
  const cause = error instanceof Error ? (error.cause as {code?: string; message?: string} | undefined) : undefined
  const code = cause?.code
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return `could not look up the host (${code}): are you offline, or is the address misspelt?`
  if (code === 'ECONNREFUSED') return 'the connection was refused (ECONNREFUSED): is the server up?'
  if (code === 'ENETUNREACH' || code === 'EHOSTUNREACH') return `the network is unreachable (${code}): are you offline?`
  const detail = code ?? cause?.message ?? (error instanceof Error ? error.message : String(error))
  return `could not fetch the page (${detail}): are you offline?`
}
