// Entry of the browser app: the lab.
import './ui/app-shell.ts';
