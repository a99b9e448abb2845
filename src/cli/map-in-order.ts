/**
 * Run `work` on each item with at most `window` items in flight, and hand
 * each result to `emit` in the items' order, as soon as it and all before it
 * are done (so output flows while input is still coming). `work` must not
 * reject; if `emit` rejects, no new work starts and the rejection is thrown.
 */
export async function mapInOrder<Item, Output>(
  items: AsyncIterable<Item> | Iterable<Item>,
  work: (item: Item, index: number) => Promise<Output>,
  emit: (output: Output, index: number) => Promise<void> | void,
  window: number
): Promise<void> {
  const queue: Array<Promise<Output>> = []
  let wakeConsumer: (() => void) | undefined
  let wakeProducer: (() => void) | undefined
  let finished = false
  let failed = false

  const consumer = (async () => {
    let index = 0
    try {
      for (;;) {
        const head = queue[0]
        if (head === undefined) {
          if (finished) return
          await new Promise<void>((resolve) => (wakeConsumer = resolve))
          continue
        }
        await emit(await head, index++)
        queue.shift()
        wakeProducer?.()
      }
    } catch (error) {
      failed = true
      wakeProducer?.()
      throw error
    }
  })()

  const stop = () => {
    finished = true
    wakeConsumer?.()
  }
  try {
    let index = 0
    for await (const item of items) {
      while (queue.length >= window && !failed) await new Promise<void>((resolve) => (wakeProducer = resolve))
      if (failed) break
      queue.push(work(item, index++))
      wakeConsumer?.()
    }
  } catch (error) {
    stop()
    await consumer.catch(() => undefined)
    throw error
  }
  stop()
  await consumer
}
