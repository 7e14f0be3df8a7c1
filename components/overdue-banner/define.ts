import { define } from '../base/define-element';
import { AmicableOverdueBanner } from './overdue-banner';

export { AmicableOverdueBanner };

define('amicable-overdue-banner', AmicableOverdueBanner);
