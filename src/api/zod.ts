/**
 * The one zod the console uses: zod/mini, whose functional API lets the bundler drop every
 * check and method a schema does not use (issue 10, issue 12: about 15 KiB gzip less on every
 * page load than the full build). Mini ships no error messages; these are the English ones the
 * full build has, so "unreadable answer" details and the simulator's 400s still say what is
 * wrong. Import `z` from here, not from 'zod' (lint enforces it), so the messages are always set.
 */
import { z } from 'zod/mini'
import en from 'zod/v4/locales/en.js'

z.config(en())

export { z }
