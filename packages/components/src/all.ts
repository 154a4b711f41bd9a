// Registers every element of the kit. The drop-in bundle (dist/thuiszitters.js) is built from this file.
import './provider/define.js';
import './routekaart-checklist/define.js';
import './case-timeline/define.js';
import './melding-form/define.js';
import './reason-chart/define.js';
import './dashboard/define.js';
import './case-list/define.js';
