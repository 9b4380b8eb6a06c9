// Runs before the first paint (a blocking script in <head>; the live server's CSP allows only
// scripts of its own origin, so this cannot be inline). It puts the remembered or system
// colour scheme and language on <html>, so a reload never flashes the other theme. The keys
// and attribute are the ones src/app/theme.ts and src/i18n/index.ts use.
;(function () {
  var root = document.documentElement
  var mode = 'system'
  var language = null
  try {
    mode = localStorage.getItem('console.color-mode') || 'system'
    language = localStorage.getItem('console.language')
  } catch {
    // Storage off: follow the system.
  }
  if (mode !== 'light' && mode !== 'dark') {
    mode = window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'
  }
  root.setAttribute('data-mui-color-scheme', mode)
  root.style.colorScheme = mode
  if (language !== 'en' && language !== 'zh-CN') {
    var preferred = navigator.languages || [navigator.language]
    for (var i = 0; i < preferred.length && !language; i++) {
      var tag = String(preferred[i]).toLowerCase()
      if (tag.indexOf('zh') === 0) language = 'zh-CN'
      else if (tag.indexOf('en') === 0) language = 'en'
    }
  }
  root.lang = language || 'en'
})()
