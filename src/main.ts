import './app/global.css';
import { bootDashboard } from './app/bootDashboard';

// Only this small file loads with the page: the prerendered dashboard is already readable, and
// its code comes when the browser is idle or the reader reaches for it.
const target = document.getElementById('app') as HTMLElement;
void bootDashboard(target, () =>
  import('./app/startDashboard').then(({ startDashboard }) => startDashboard(target)),
);
