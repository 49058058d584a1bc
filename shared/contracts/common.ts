export interface EntryRef {
  uid: string;
  documentId: string;
  locale?: string | null;
}

export interface Pagination {
  page: number;
  pageSize: number;
  pageCount: number;
  total: number;
}

/** The admin user Strapi puts on `ctx.state.user` (the fields the plugin reads). */
export interface AdminUser {
  id: number | string;
  email?: string;
  firstname?: string | null;
  lastname?: string | null;
}

export interface PersonRef {
  id: number | string | null;
  email?: string;
  name?: string;
}

/** The error body Strapi sends for a thrown `@strapi/utils` error. */
export interface ErrorBody {
  data: null;
  error: {
    status: number;
    name: string;
    message: string;
    details?: { errors?: Array<{ path: string[]; message: string; name: string }>; [key: string]: unknown };
  };
}
