import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
// Imported first: it takes the bridge token out of the address bar before the router reads the hash.
import './api/cabinet'
import { App } from './App'
import './styles/app.css'
// After app.css: paper's rules override the screen's.
import './styles/print.css'

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
