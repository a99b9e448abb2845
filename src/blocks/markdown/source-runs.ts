import type {Image, InlineCode, Nodes, Parent, PhrasingContent, Text} from 'mdast'
import type {CompileContext, Extension, Token} from 'mdast-util-from-markdown'

/** Where the characters of an mdast text or inline code value came from, read off micromark's tokens. */
export interface SourceRuns {
  /** An mdast-util-from-markdown extension that records the runs while the tree is built. */
  readonly extension: Extension
  /**
   * Input offsets for a text or inline code node: where each character
   * starts (and, one more, where the last one ends), and where each ends;
   * `undefined` when nothing was recorded for the node.
   */
  offsetsOf(node: Text | InlineCode): {readonly starts: number[]; readonly ends: number[]} | undefined
  /** An image's alt text as the phrasing it was written in (emphasis, code), when recorded. */
  altOf(image: Image): readonly PhrasingContent[] | undefined
}

/**
 * Record, for every text and inline code node, which input span each piece of
 * its value was read from: data runs one to one, a character reference or an
 * escape as one piece, line endings as written. Continuation-line prefixes
 * (`> `, list indentation, leading white space) are never in a run, so they
 * never shift what follows.
 *
 * The handlers replace mdast-util-from-markdown's own for these tokens and do
 * what they do (same values, same positions), plus the recording.
 *
 * @param base Added to every offset: 1 when a byte order mark was cut off
 *   before parsing (micromark drops it and counts from after it).
 */
export function createSourceRuns(base: number): SourceRuns {
  // Flattened `[valueIndex, start, end]`: one to one when the span is as long as the piece, else every character at `start`.
  const runs = new WeakMap<object, number[]>()
  const alts = new WeakMap<Image, PhrasingContent[]>()
  let referenceAt = 0

  const addRun = (node: Text | InlineCode, index: number, start: number, end: number): void => {
    let list = runs.get(node)
    if (!list) runs.set(node, (list = []))
    list.push(index, start + base, end + base)
  }

  function enterData(this: CompileContext, token: Token): undefined {
    const parent = this.stack.at(-1) as Parent
    const siblings = parent.children
    let tail = siblings.at(-1)
    if (!tail || tail.type !== 'text') {
      tail = {type: 'text', value: ''}
      // `end` is set on exit, as mdast-util-from-markdown does.
      tail.position = {start: point(token.start), end: point(token.start)}
      siblings.push(tail)
    }
    this.stack.push(tail)
  }

  function exitData(this: CompileContext, token: Token): undefined {
    const tail = this.stack.pop() as Text
    const index = tail.value.length
    tail.value += this.sliceSerialize(token)
    tail.position!.end = point(token.end)
    addRun(tail, index, token.start.offset, token.end.offset)
  }

  // An escaped character comes from its backslash and itself (`\*`), so a span starting with it starts at the backslash.
  function exitEscapeValue(this: CompileContext, token: Token): undefined {
    const tail = this.stack.pop() as Text
    const index = tail.value.length
    tail.value += this.sliceSerialize(token)
    tail.position!.end = point(token.end)
    addRun(tail, index, token.start.offset - 1, token.end.offset)
  }

  const extension: Extension = {
    enter: {
      characterReference(token) {
        enterData.call(this, token)
        referenceAt = (this.stack.at(-1) as Text).value.length
      }
    },
    exit: {
      data: exitData,
      characterEscapeValue: exitEscapeValue,
      codeTextData: exitData,
      characterReference(token) {
        const tail = this.stack.pop() as Text
        tail.position!.end = point(token.end)
        addRun(tail, referenceAt, token.start.offset, token.end.offset)
      },
      lineEnding(token) {
        const context = this.stack.at(-1) as Parent
        // A hard break takes the line ending into its own position.
        if (this.data.atHardBreak) {
          const tail = context.children.at(-1)!
          tail.position!.end = point(token.end)
          this.data.atHardBreak = undefined
          return
        }
        if (!this.data.setextHeadingSlurpLineEnding && this.config.canContainEols.includes(context.type)) {
          enterData.call(this, token)
          exitData.call(this, token)
        }
      },
      codeText(token) {
        const fragment = this.stack.at(-1) as Parent
        const joined: number[] = []
        let length = 0
        for (const child of fragment.children) {
          if (child.type !== 'text') continue
          const list = runs.get(child) ?? []
          for (let at = 0; at < list.length; at += 3) joined.push(length + list[at]!, list[at + 1]!, list[at + 2]!)
          length += child.value.length
        }
        const value = this.resume()
        const node = this.stack.at(-1) as InlineCode
        node.value = value
        runs.set(node, joined)
        this.exit(token)
      },
      label() {
        const fragment = this.stack.at(-1) as Parent
        const value = this.resume()
        const node = this.stack.at(-1) as Nodes
        this.data.inReference = true
        if (node.type === 'link') node.children = fragment.children as PhrasingContent[]
        else if (node.type === 'image') {
          node.alt = value
          alts.set(node, fragment.children as PhrasingContent[])
        }
      }
    }
  }

  return {
    extension,
    offsetsOf(node) {
      const list = runs.get(node)
      return list ? expand(list, node.value.length) : undefined
    },
    altOf(image) {
      return alts.get(image)
    }
  }
}

/** Per-character start and end offsets from runs. */
function expand(list: readonly number[], length: number): {starts: number[]; ends: number[]} {
  const starts = new Array<number>(length + 1)
  const ends = new Array<number>(length)
  let end = list[1] ?? 0
  let index = 0
  for (let at = 0; at < list.length; at += 3) {
    const from = list[at]!
    const to = at + 3 < list.length ? list[at + 3]! : length
    const start = list[at + 1]!
    const stop = list[at + 2]!
    // Anything the runs skipped (never expected) sits where the run before ended.
    for (; index < from; index++) {
      starts[index] = end
      ends[index] = end
    }
    const oneToOne = stop - start === to - from
    for (; index < to; index++) {
      starts[index] = oneToOne ? start + (index - from) : start
      ends[index] = oneToOne ? start + (index - from) + 1 : stop
    }
    end = stop
  }
  for (; index < length; index++) {
    starts[index] = end
    ends[index] = end
  }
  starts[length] = end
  return {starts, ends}
}

function point(place: Token['start']): {line: number; column: number; offset: number} {
  return {line: place.line, column: place.column, offset: place.offset}
}
