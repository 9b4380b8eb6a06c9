import { createRoot } from 'react-dom/client'
import { boot } from '@/app/boot'

// Once per page load: a second call would start the app, and the whole demo backend, twice.
void boot(createRoot(document.getElementById('root')!))
