import { screen, within } from '@testing-library/react'
import type { UserEvent } from '@testing-library/user-event'
import { renderApp } from '@/test/render'

/** Opens the Create page and waits until the specifications have loaded. */
export async function openCreatePage(type: 'train' | 'infer') {
  const app = renderApp(`/pools/create?type=${type}`)
  // The first render loads the route chunk and MUI: give a cold start some room.
  await screen.findByRole('radio', { name: /CPU · 8 vCPUs · 32 GiB/ }, { timeout: 5000 })
  return app
}

export const fields = {
  name: () => screen.getByRole('textbox', { name: 'Name' }),
  description: () => screen.getByRole('textbox', { name: 'Description' }),
  nodes: () => screen.getByRole('spinbutton', { name: 'Nodes' }),
  customNetwork: () => screen.getByRole('switch', { name: 'Custom Network Configuration' }),
  vpc: () => screen.getByRole('combobox', { name: 'VPC' }),
  subnet: () => screen.getByRole('combobox', { name: 'Subnet' }),
  securityGroup: () => screen.getByRole('combobox', { name: 'Security Group' }),
  az: (label: RegExp | string) =>
    within(screen.getByRole('radiogroup', { name: 'AZ' })).getByRole('radio', { name: label }),
  flavor: (label: RegExp | string) =>
    within(screen.getByRole('radiogroup', { name: 'Specifications' })).getByRole('radio', {
      name: label,
    }),
}

/** Replaces a text field's content the way a user would: select all, then type or paste. */
export async function retype(user: UserEvent, input: HTMLElement, text: string) {
  await user.clear(input)
  if (text.length > 12) {
    await user.click(input)
    await user.paste(text)
  } else if (text) {
    await user.type(input, text)
  }
}

export async function choose(user: UserEvent, combobox: HTMLElement, option: RegExp) {
  await user.click(combobox)
  await user.click(await screen.findByRole('option', { name: option }))
}

/** The message under a field (its accessible description). */
export const helperOf = (el: HTMLElement) => {
  const ids = el.getAttribute('aria-describedby')?.split(' ') ?? []
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ')
}

/** The review step as label → value: its terms and definitions, paired in order. */
export function reviewValues(): Record<string, string> {
  const region = screen.getByRole('region', { name: 'Confirm the configuration' })
  const terms = within(region).getAllByRole('term')
  const values = within(region).getAllByRole('definition')
  return Object.fromEntries(terms.map((dt, i) => [dt.textContent, values[i]?.textContent ?? '']))
}

export const nextButton = () => screen.getByRole('button', { name: 'Next' })

/** Next, then the review step once it shows (the step is in the URL: it comes a moment later). */
export async function toReview(user: UserEvent) {
  await user.click(nextButton())
  return screen.findByRole('region', { name: 'Confirm the configuration' })
}
export const submitButton = () => screen.getByRole('button', { name: 'Submit' })

/**
 * A whole-page form driven key by key through jsdom takes seconds per test (every event recomputes
 * styles for hundreds of MUI nodes); give these tests more room than the default on a busy machine.
 */
export const FORM_TEST = { timeout: 40_000 }
