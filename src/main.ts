// Entry of the browser app: the lab (with Compare and Lessons views).
import './ui/app-shell.ts';
import { registerServiceWorker } from './offline/register.ts';

registerServiceWorker();
