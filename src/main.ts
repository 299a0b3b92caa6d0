import { mount } from 'svelte';
import Dashboard from './app/Dashboard.svelte';
import './app/global.css';

mount(Dashboard, { target: document.getElementById('app') as HTMLElement });
