import { createContext, useContext } from 'react'
import type { DemoControls } from '@/lib/demo'

/** The demo backend's controls, or null against a real endpoint. */
export const DemoContext = createContext<DemoControls | null>(null)
export const useDemo = () => useContext(DemoContext)
