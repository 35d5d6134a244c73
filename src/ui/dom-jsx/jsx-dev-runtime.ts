// Development builds import the runtime under this name; it is the same one.
export { Fragment, type JSX, jsx, jsxDEV, jsxs } from './jsx-runtime.ts';
