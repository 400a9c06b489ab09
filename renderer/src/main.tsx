import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { createServices } from './services';
import { ServicesProvider } from './services-context';
import './styles/index.css';

const services = createServices();

// Ask the engine to keep our data even under disk pressure (best effort; browsers may decline).
void navigator.storage?.persist?.().catch(() => false);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ServicesProvider services={services}>
      <App />
    </ServicesProvider>
  </StrictMode>,
);
