import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, preloadBoardPage } from './App';
import { setupI18n } from './i18n/setup';
import { checkBoardInLocation } from './ui/boardOpening';
import './styles.css';

// First, so the board's check and connection run while the editor's code loads.
if (checkBoardInLocation(window.location)) preloadBoardPage();
setupI18n(window.localStorage, document.documentElement);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
