import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { connectApi } from './api/bridge';
import { App } from './app/App';
import './styles/app.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App api={connectApi()} />
  </StrictMode>,
);
