// A plain Vite app that uses the kit the way the README says: the element entry and theme.css,
// imported from the package (its built dist/), built with Vite's defaults (CSS minified).
import '@thuiszitters/components/melding-form.js';
import '@thuiszitters/components/theme.css';
import './app.css';
