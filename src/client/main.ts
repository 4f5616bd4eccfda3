/**
 * The sidebar's entry: renders the app into `#app` on the view the server put on `<body>`.
 */
import { h, render } from 'preact';
import { App, sidebarViewFrom } from './app';

const root = document.getElementById('app');
if (root) render(h(App, { initialView: sidebarViewFrom(document.body.dataset.view) }), root);
