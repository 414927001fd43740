// comlink ships node-adapter.d.ts next to node-adapter.mjs, which TypeScript
// does not pair up (it looks for .d.mts); borrow those types.
declare module 'comlink/dist/esm/node-adapter.mjs' {
  import nodeEndpoint from 'comlink/dist/esm/node-adapter';
  export default nodeEndpoint;
}
