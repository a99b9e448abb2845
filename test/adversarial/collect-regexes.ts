import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import ts from 'typescript'

/** A regular expression found in the source, with where it is. */
export interface FoundRegex {
  /** `src/...ts:line`. */
  readonly where: string
  /** The pattern, without slashes; `undefined` when it is built at run time. */
  readonly source?: string
  /** The flags. */
  readonly flags?: string
  /** The construction as written, for dynamic ones. */
  readonly code: string
}

/**
 * Every regex literal and every `RegExp(...)` / `new RegExp(...)` under
 * `root`, found by parsing the TypeScript (comments and strings are not
 * mistaken for regexes). Constructions whose arguments are plain string
 * literals are evaluated; the others are returned without `source`.
 */
export function collectRegexes(root: string): FoundRegex[] {
  const files = readdirSync(root, {recursive: true})
    .map(String)
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))
    .sort()
  const found: FoundRegex[] = []
  for (const file of files) {
    const full = path.join(root, file)
    const where = path.relative(process.cwd(), full)
    const source = ts.createSourceFile(full, readFileSync(full, 'utf8'), ts.ScriptTarget.Latest, true)
    const lineOf = (node: ts.Node) => source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(source)
        const slash = text.lastIndexOf('/')
        found.push({where: `${where}:${lineOf(node)}`, source: text.slice(1, slash), flags: text.slice(slash + 1), code: text})
      } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && isRegExpName(node.expression)) {
        const [pattern, flags] = node.arguments ?? []
        const literalPattern = pattern && ts.isStringLiteralLike(pattern) ? pattern.text : undefined
        const literalFlags = flags === undefined ? '' : ts.isStringLiteralLike(flags) ? flags.text : undefined
        const code = node.getText(source)
        found.push(
          literalPattern !== undefined && literalFlags !== undefined
            ? {where: `${where}:${lineOf(node)}`, source: literalPattern, flags: literalFlags, code}
            : {where: `${where}:${lineOf(node)}`, code}
        )
      }
      ts.forEachChild(node, visit)
    }
    visit(source)
  }
  return found
}

function isRegExpName(expression: ts.Expression): boolean {
  return (
    (ts.isIdentifier(expression) && expression.text === 'RegExp') ||
    (ts.isPropertyAccessExpression(expression) && expression.name.text === 'RegExp')
  )
}
