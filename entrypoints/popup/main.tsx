import { render } from 'preact';
import { bundledIndex } from '../../utils/index/bundled';
import { App } from './App';
import { createBrowserServices } from './services';
import './style.css';

const root = document.getElementById('app');
if (root) render(<App index={bundledIndex} services={createBrowserServices()} />, root);
