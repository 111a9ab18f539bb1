// antd 5 renders a few things outside the React tree (the click wave, static Modal/message calls)
// with ReactDOM.render, which React 19 removed. This hands it React 19's createRoot instead, as
// antd documents for React 19 (https://u.ant.design/v5-for-19); without it antd warns on each click.
import { unstableSetRender } from 'antd';
import { createRoot, type Root } from 'react-dom/client';

const roots = new WeakMap<Element | DocumentFragment, Root>();

unstableSetRender((node, container) => {
  let root = roots.get(container);
  if (!root) {
    root = createRoot(container);
    roots.set(container, root);
  }
  root.render(node);
  return async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
    root.unmount();
    roots.delete(container);
  };
});
