import { cloneElement, type ReactElement, type ReactNode } from 'react'

type Values = Record<string, string | number>
type Components = Record<string, ReactElement<{ children?: ReactNode }>>

// A placeholder no catalog or value contains: values go in after the markup is read.
const token = (i: number) => `\uE000${i}\uE001`
const TOKEN = /\uE000(\d+)\uE001/g
// `<name/>` or `<name>words</name>`; catalogs never nest tags (catalogs.test.ts).
const TAG = /<(\w+)\s*\/>|<(\w+)>([\s\S]*?)<\/\2>/g

/**
 * A translated sentence with a few marked-up words: `Type <strong>{{name}}</strong> to confirm.`
 * becomes text with a `<strong>` element in it. The caller translates (so keys stay typed),
 * with the values this hands it; the real values are put in afterwards, as text, so a name or
 * a server's message is never read as markup. `count` goes through as it is: it picks the
 * plural form, and a number holds no markup.
 *
 * Our own instead of react-i18next's Trans, which brings an HTML parser: 4 KiB gzip on every
 * page load for what these few tags need.
 */
export function RichText({
  translate,
  values = {},
  components,
}: {
  translate: (values: Values) => string
  values?: Values
  components: Components
}) {
  const names = Object.keys(values).filter((name) => name !== 'count')
  const stand: Values = { ...values }
  names.forEach((name, i) => (stand[name] = token(i)))
  const text = translate(stand)
  const fill = (part: string) =>
    part.replace(TOKEN, (_, i: string) => String(values[names[Number(i)]!]))

  const out: ReactNode[] = []
  let at = 0
  for (const match of text.matchAll(TAG)) {
    if (match.index > at) out.push(fill(text.slice(at, match.index)))
    const name = match[1] ?? match[2]!
    const inner = match[3] === undefined ? undefined : fill(match[3])
    const element = components[name]
    out.push(
      element
        ? cloneElement(element, { key: out.length }, ...(inner === undefined ? [] : [inner]))
        : inner,
    )
    at = match.index + match[0].length
  }
  if (at < text.length) out.push(fill(text.slice(at)))
  return <>{out}</>
}
