// lit with the two helpers the elements use: what every element entry "with lit" shares.
export * from 'lit';
export * from 'lit/decorators.js';
export * from '@lit/context';
export * from '@lit/task';
