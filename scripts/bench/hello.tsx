// A bare Ink hello-world: the baseline the CLI's first TUI frame is measured against.
import React from 'react';
import { render, Text } from 'ink';

render(<Text>hello from ink</Text>);
setInterval(() => undefined, 1000);
