import { define } from '../base/define-element';
import { AmicableTermPopover } from './term-popover';

export { AmicableTermPopover };

define('amicable-term-popover', AmicableTermPopover);
