import { render } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { i18n } from '@/i18n'
import { RichText } from './rich-text'

const html = (ui: React.ReactElement) => render(ui).container.innerHTML

describe('RichText', () => {
  it('puts the catalog’s tags in as the given elements, around the values', () => {
    expect(
      html(
        <RichText
          translate={(v) => i18n.t('actions:delete.confirm', v)}
          values={{ name: 'llm-finetune' }}
          components={{ strong: <strong /> }}
        />,
      ),
    ).toBe('Type <strong>llm-finetune</strong> to confirm.')
  })

  it('never reads a value as markup', () => {
    expect(
      html(
        <RichText
          translate={(v) => `Error: <code>${v.message}</code> then ${v.tail}`}
          values={{ message: '<strong>x</strong> & <b/>', tail: '<em>y</em>' }}
          components={{ code: <code />, strong: <i /> }}
        />,
      ),
    ).toBe(
      'Error: <code>&lt;strong&gt;x&lt;/strong&gt; &amp; &lt;b/&gt;</code> then &lt;em&gt;y&lt;/em&gt;',
    )
  })

  it('lets count choose the plural form, and fills self-closing tags from their elements', () => {
    const Count = ({ n }: { n: number }) => <b>{n}</b>
    const warning = (count: number) =>
      html(
        <RichText
          translate={(v) => i18n.t('actions:delete.warning', v)}
          values={{ name: 'p', count }}
          components={{ strong: <strong /> }}
        />,
      )
    expect(warning(1)).toContain('releases its 1 node.')
    expect(warning(3)).toContain('releases its 3 nodes.')
    expect(
      html(
        <RichText
          translate={() => '<count/> <label/>'}
          components={{ count: <Count n={5} />, label: <>Running</> }}
        />,
      ),
    ).toBe('<b>5</b> Running')
  })

  it('shows the words of a tag it has no element for, as text', () => {
    expect(html(<RichText translate={() => 'a <odd>b</odd> c'} components={{}} />)).toBe('a b c')
  })
})
