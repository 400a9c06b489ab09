import { deskFacilitator, serveFacilitator } from './facilitator';

/** The facilitator in its own process (see `forkedFacilitator`); its one argument names the kind. */
serveFacilitator(deskFacilitator({ viewsEveryMs: Number(process.env.ROOM_VIEWS_MS ?? 250) }));
