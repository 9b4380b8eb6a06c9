import { zhCN } from '@mui/material/locale'
import type { LanguagePack } from './packs'

export const pack: LanguagePack = { mui: zhCN }
