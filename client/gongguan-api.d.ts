// Generated from gongguan's /openapi.json by client/generate.ts (npm run client:generate); do not edit.
export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Reachability of Temporal and PostgreSQL */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ok" | "unavailable";
                            temporal: {
                                reachable: boolean;
                                error?: string;
                            };
                            postgres: {
                                reachable: boolean;
                                error?: string;
                            };
                        };
                    };
                };
                /** @description Malformed: a field is missing, of the wrong type, or unknown (errors name them) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The project’s stage, or the resource’s state, does not allow this now */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A policy rule refuses it (ruleIds, violations) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ok" | "unavailable";
                            temporal: {
                                reachable: boolean;
                                error?: string;
                            };
                            postgres: {
                                reachable: boolean;
                                error?: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/lists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Browse the annual call lists’ entries (R1): by year, field, tier, parent, selection mode (R7), draft, open or closed */
        get: {
            parameters: {
                query?: {
                    callListYear?: number;
                    strategicField?: string;
                    tier?: "programme" | "topic" | "project";
                    selectionMode?: "openCompetition" | "selectiveCommission" | "directedCommission";
                    /** @description A draft (staff only), or a published entry whose application window is open or closed now */
                    status?: "draft" | "open" | "closed";
                    /** @description The entries under this programme or topic (R1) */
                    parentId?: string;
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                entry: {
                                    id: string;
                                    callListYear: number;
                                    title: string;
                                    /** @enum {string} */
                                    tier: "programme" | "topic" | "project";
                                    parentId?: string;
                                    strategicField: string;
                                    /**
                                     * @default openCompetition
                                     * @enum {string}
                                     */
                                    selectionMode: "openCompetition" | "selectiveCommission" | "directedCommission";
                                    /** @default [] */
                                    invitedOrganisations: {
                                        id: string;
                                        name: string;
                                    }[];
                                    /** @default false */
                                    jointFunded: boolean;
                                    plannedApprovals: number;
                                    examinationRequired?: boolean;
                                    /** @default [] */
                                    proposers: {
                                        /** @enum {string} */
                                        kind: "industryDepartment" | "majorPlatform" | "association" | "leadingEnterprise" | "endUser" | "ventureInvestor";
                                        name: string;
                                    }[];
                                    proposedBy?: string;
                                    /** @default false */
                                    urgent: boolean;
                                    /** Format: date */
                                    applicationDeadline?: string;
                                };
                                /** @enum {string} */
                                status: "draft" | "published";
                                revision: number;
                                examinationRequired: boolean;
                                policyVersion: string;
                                createdBy: string;
                                createdAt: string;
                                publishedBy: string | null;
                                publishedAt: string | null;
                                windowClosesAt: string | null;
                                entryWorkflow: boolean;
                                examinationPlan: boolean;
                            }[];
                            total: number;
                            limit: number;
                            offset: number;
                        };
                    };
                };
                /** @description Malformed: a field is missing, of the wrong type, or unknown (errors name them) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller’s role, or their reach, does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The project’s stage, or the resource’s state, does not allow this now */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A policy rule refuses it (ruleIds, violations) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporal or PostgreSQL is unavailable; nothing changed, retry with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Draft a call-list entry: its tier and parent (R1), proposers (R2) and selection mode (R7); it is published once demonstrated (R3) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        id: string;
                        callListYear: number;
                        title: string;
                        /** @enum {string} */
                        tier: "programme" | "topic" | "project";
                        parentId?: string;
                        strategicField: string;
                        /**
                         * @default openCompetition
                         * @enum {string}
                         */
                        selectionMode?: "openCompetition" | "selectiveCommission" | "directedCommission";
                        /** @default [] */
                        invitedOrganisations?: {
                            id: string;
                            name: string;
                        }[];
                        /** @default false */
                        jointFunded?: boolean;
                        plannedApprovals: number;
                        examinationRequired?: boolean;
                        /** @default [] */
                        proposers?: {
                            /** @enum {string} */
                            kind: "industryDepartment" | "majorPlatform" | "association" | "leadingEnterprise" | "endUser" | "ventureInvestor";
                            name: string;
                        }[];
                        proposedBy?: string;
                        /** @default false */
                        urgent?: boolean;
                        /** Format: date */
                        applicationDeadline?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            entry: {
                                id: string;
                                callListYear: number;
                                title: string;
                                /** @enum {string} */
                                tier: "programme" | "topic" | "project";
                                parentId?: string;
                                strategicField: string;
                                /**
                                 * @default openCompetition
                                 * @enum {string}
                                 */
                                selectionMode: "openCompetition" | "selectiveCommission" | "directedCommission";
                                /** @default [] */
                                invitedOrganisations: {
                                    id: string;
                                    name: string;
                                }[];
                                /** @default false */
                                jointFunded: boolean;
                                plannedApprovals: number;
                                examinationRequired?: boolean;
                                /** @default [] */
                                proposers: {
                                    /** @enum {string} */
                                    kind: "industryDepartment" | "majorPlatform" | "association" | "leadingEnterprise" | "endUser" | "ventureInvestor";
                                    name: string;
                                }[];
                                proposedBy?: string;
                                /** @default false */
                                urgent: boolean;
                                /** Format: date */
                                applicationDeadline?: string;
                            };
                            /** @enum {string} */
                            status: "draft" | "published";
                            revision: number;
                            examinationRequired: boolean;
                            policyVersion: string;
                            createdBy: string;
                            createdAt: string;
                            publishedBy: string | null;
                            publishedAt: string | null;
                            windowClosesAt: string | null;
                            entryWorkflow: boolean;
                            examinationPlan: boolean;
                        };
                    };
                };
                /** @description Malformed: a field is missing, of the wrong type, or unknown (errors name them) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller’s role, or their reach, does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The project’s stage, or the resource’s state, does not allow this now */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is larger than this endpoint takes */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A policy rule refuses it (ruleIds, violations) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporal or PostgreSQL is unavailable; nothing changed, retry with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/lists/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A call-list entry */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            entry: {
                                id: string;
                                callListYear: number;
                                title: string;
                                /** @enum {string} */
                                tier: "programme" | "topic" | "project";
                                parentId?: string;
                                strategicField: string;
                                /**
                                 * @default openCompetition
                                 * @enum {string}
                                 */
                                selectionMode: "openCompetition" | "selectiveCommission" | "directedCommission";
                                /** @default [] */
                                invitedOrganisations: {
                                    id: string;
                                    name: string;
                                }[];
                                /** @default false */
                                jointFunded: boolean;
                                plannedApprovals: number;
                                examinationRequired?: boolean;
                                /** @default [] */
                                proposers: {
                                    /** @enum {string} */
                                    kind: "industryDepartment" | "majorPlatform" | "association" | "leadingEnterprise" | "endUser" | "ventureInvestor";
                                    name: string;
                                }[];
                                proposedBy?: string;
                                /** @default false */
                                urgent: boolean;
                                /** Format: date */
                                applicationDeadline?: string;
                            };
                            /** @enum {string} */
                            status: "draft" | "published";
                            revision: number;
                            examinationRequired: boolean;
                            policyVersion: string;
                            createdBy: string;
                            createdAt: string;
                            publishedBy: string | null;
                            publishedAt: string | null;
                            windowClosesAt: string | null;
                            entryWorkflow: boolean;
                            examinationPlan: boolean;
                        };
                    };
                };
                /** @description Malformed: a field is missing, of the wrong type, or unknown (errors name them) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller’s role, or their reach, does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The project’s stage, or the resource’s state, does not allow this now */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A policy rule refuses it (ruleIds, violations) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporal or PostgreSQL is unavailable; nothing changed, retry with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /** Revise a draft entry (after a demonstration asked for it, R3); a published entry cannot change */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        id: string;
                        callListYear: number;
                        title: string;
                        /** @enum {string} */
                        tier: "programme" | "topic" | "project";
                        parentId?: string;
                        strategicField: string;
                        /**
                         * @default openCompetition
                         * @enum {string}
                         */
                        selectionMode?: "openCompetition" | "selectiveCommission" | "directedCommission";
                        /** @default [] */
                        invitedOrganisations?: {
                            id: string;
                            name: string;
                        }[];
                        /** @default false */
                        jointFunded?: boolean;
                        plannedApprovals: number;
                        examinationRequired?: boolean;
                        /** @default [] */
                        proposers?: {
                            /** @enum {string} */
                            kind: "industryDepartment" | "majorPlatform" | "association" | "leadingEnterprise" | "endUser" | "ventureInvestor";
                            name: string;
                        }[];
                        proposedBy?: string;
                        /** @default false */
                        urgent?: boolean;
                        /** Format: date */
                        applicationDeadline?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            entry: {
                                id: string;
                                callListYear: number;
                                title: string;
                                /** @enum {string} */
                                tier: "programme" | "topic" | "project";
                                parentId?: string;
                                strategicField: string;
                                /**
                                 * @default openCompetition
                                 * @enum {string}
                                 */
                                selectionMode: "openCompetition" | "selectiveCommission" | "directedCommission";
                                /** @default [] */
                                invitedOrganisations: {
                                    id: string;
                                    name: string;
                                }[];
                                /** @default false */
                                jointFunded: boolean;
                                plannedApprovals: number;
                                examinationRequired?: boolean;
                                /** @default [] */
                                proposers: {
                                    /** @enum {string} */
                                    kind: "industryDepartment" | "majorPlatform" | "association" | "leadingEnterprise" | "endUser" | "ventureInvestor";
                                    name: string;
                                }[];
                                proposedBy?: string;
                                /** @default false */
                                urgent: boolean;
                                /** Format: date */
                                applicationDeadline?: string;
                            };
                            /** @enum {string} */
                            status: "draft" | "published";
                            revision: number;
                            examinationRequired: boolean;
                            policyVersion: string;
                            createdBy: string;
                            createdAt: string;
                            publishedBy: string | null;
                            publishedAt: string | null;
                            windowClosesAt: string | null;
                            entryWorkflow: boolean;
                            examinationPlan: boolean;
                        };
                    };
                };
                /** @description Malformed: a field is missing, of the wrong type, or unknown (errors name them) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller’s role, or their reach, does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The project’s stage, or the resource’s state, does not allow this now */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is larger than this endpoint takes */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A policy rule refuses it (ruleIds, violations) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporal or PostgreSQL is unavailable; nothing changed, retry with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/lists/{id}/publication": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish a demonstrated entry (R3): its application window opens now (R1), its examination too where R8 applies */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            entry: {
                                id: string;
                                callListYear: number;
                                title: string;
                                /** @enum {string} */
                                tier: "programme" | "topic" | "project";
                                parentId?: string;
                                strategicField: string;
                                /**
                                 * @default openCompetition
                                 * @enum {string}
                                 */
                                selectionMode: "openCompetition" | "selectiveCommission" | "directedCommission";
                                /** @default [] */
                                invitedOrganisations: {
                                    id: string;
                                    name: string;
                                }[];
                                /** @default false */
                                jointFunded: boolean;
                                plannedApprovals: number;
                                examinationRequired?: boolean;
                                /** @default [] */
                                proposers: {
                                    /** @enum {string} */
                                    kind: "industryDepartment" | "majorPlatform" | "association" | "leadingEnterprise" | "endUser" | "ventureInvestor";
                                    name: string;
                                }[];
                                proposedBy?: string;
                                /** @default false */
                                urgent: boolean;
                                /** Format: date */
                                applicationDeadline?: string;
                            };
                            /** @enum {string} */
                            status: "draft" | "published";
                            revision: number;
                            examinationRequired: boolean;
                            policyVersion: string;
                            createdBy: string;
                            createdAt: string;
                            publishedBy: string | null;
                            publishedAt: string | null;
                            windowClosesAt: string | null;
                            entryWorkflow: boolean;
                            examinationPlan: boolean;
                        };
                    };
                };
                /** @description Malformed: a field is missing, of the wrong type, or unknown (errors name them) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller’s role, or their reach, does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The project’s stage, or the resource’s state, does not allow this now */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is larger than this endpoint takes */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A policy rule refuses it (ruleIds, violations) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporal or PostgreSQL is unavailable; nothing changed, retry with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/lists/{id}/examination": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** R8 pre-review examination: every application scored; the best 3 × planned go to review */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        scores: {
                            code: string;
                            score: number;
                        }[];
                        shortlistSize?: number;
                        evidence: {
                            /** @enum {string} */
                            procedure: "collectiveDecision" | "signOff" | "expertReview" | "onSiteInspection";
                            basis: string;
                            decidedBy: string[];
                            vote?: {
                                for: number;
                                against: number;
                                abstain: number;
                            };
                            /** @default false */
                            publicised?: boolean;
                            commitment?: {
                                noConflict: boolean;
                                noSelfInterest: boolean;
                            };
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            entryId: string;
                            windowOpen: boolean;
                            windowClosesAt: string;
                            examinationRequired: boolean;
                            examinationDone: boolean;
                            examinationSkipped: boolean;
                            applications: {
                                code: string;
                                fundBacked: boolean;
                                examined?: {
                                    score: number;
                                    passed: boolean;
                                    rank: number;
                                };
                            }[];
                            horseRace: {
                                members: string[];
                                gated: {
                                    [key: string]: boolean;
                                };
                            };
                        };
                    };
                };
                /** @description Malformed: a field is missing, of the wrong type, or unknown (errors name them) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller’s role, or their reach, does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The project’s stage, or the resource’s state, does not allow this now */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is larger than this endpoint takes */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A policy rule refuses it (ruleIds, violations) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporal or PostgreSQL is unavailable; nothing changed, retry with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/lists/{id}/stage-gate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** R13 horse-race stage gate: each team judged against its own stage goals; the passing continue, the others are terminated */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default [] */
                        passed?: string[];
                        /** @default [] */
                        failed?: string[];
                        assessments: {
                            code: string;
                            goalsMet: boolean;
                            basis: string;
                        }[];
                        evidence: {
                            /** @enum {string} */
                            procedure: "collectiveDecision" | "signOff" | "expertReview" | "onSiteInspection";
                            basis: string;
                            decidedBy: string[];
                            vote?: {
                                for: number;
                                against: number;
                                abstain: number;
                            };
                            /** @default false */
                            publicised?: boolean;
                            commitment?: {
                                noConflict: boolean;
                                noSelfInterest: boolean;
                            };
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            entryId: string;
                            windowOpen: boolean;
                            windowClosesAt: string;
                            examinationRequired: boolean;
                            examinationDone: boolean;
                            examinationSkipped: boolean;
                            applications: {
                                code: string;
                                fundBacked: boolean;
                                examined?: {
                                    score: number;
                                    passed: boolean;
                                    rank: number;
                                };
                            }[];
                            horseRace: {
                                members: string[];
                                gated: {
                                    [key: string]: boolean;
                                };
                            };
                        };
                    };
                };
                /** @description Malformed: a field is missing, of the wrong type, or unknown (errors name them) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller’s role, or their reach, does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The project’s stage, or the resource’s state, does not allow this now */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is larger than this endpoint takes */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A policy rule refuses it (ruleIds, violations) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporal or PostgreSQL is unavailable; nothing changed, retry with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/call-lists/{year}/demonstrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the demonstration (R3) of the year’s draft entries: the panel, its opinion (pass or revise) and evidence */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    year: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The entries demonstrated; absent, every draft of the year’s list */
                        entryIds?: string[];
                        /** @description R3: experts of the kinds the policy names */
                        panel: {
                            name: string;
                            /** @enum {string} */
                            kind: "industry" | "platform" | "association" | "enterprise" | "technical" | "finance" | "endUser" | "investor";
                            organisation: string;
                        }[];
                        /** @enum {string} */
                        opinion: "pass" | "revise";
                        /** @description What to revise; required with the opinion "revise" */
                        revisionsRequested?: string;
                        evidence: {
                            /** @enum {string} */
                            procedure: "collectiveDecision" | "signOff" | "expertReview" | "onSiteInspection";
                            basis: string;
                            decidedBy: string[];
                            vote?: {
                                for: number;
                                against: number;
                                abstain: number;
                            };
                            /** @default false */
                            publicised?: boolean;
                            commitment?: {
                                noConflict: boolean;
                                noSelfInterest: boolean;
                            };
                        };
                        thirdPartyEvaluation?: {
                            organisation: string;
                            conclusion: string;
                            reportReference?: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            callListYear: number;
                            entries: {
                                id: string;
                                revision: number;
                            }[];
                            /** @enum {string} */
                            opinion: "pass" | "revise";
                            panel: {
                                name: string;
                                /** @enum {string} */
                                kind: "industry" | "platform" | "association" | "enterprise" | "technical" | "finance" | "endUser" | "investor";
                                organisation: string;
                            }[];
                            enterpriseShareBp: number;
                            evidence: {
                                /** @enum {string} */
                                procedure: "collectiveDecision" | "signOff" | "expertReview" | "onSiteInspection";
                                basis: string;
                                decidedBy: string[];
                                vote?: {
                                    for: number;
                                    against: number;
                                    abstain: number;
                                };
                                /** @default false */
                                publicised: boolean;
                                commitment?: {
                                    noConflict: boolean;
                                    noSelfInterest: boolean;
                                };
                            };
                            revisionsRequested: string | null;
                            thirdPartyEvaluation: {
                                organisation: string;
                                conclusion: string;
                                reportReference?: string;
                            } | null;
                            recordedBy: string;
                            recordedAt: string;
                            enterpriseShareTargetBp: number;
                        };
                    };
                };
                /** @description Malformed: a field is missing, of the wrong type, or unknown (errors name them) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller’s role, or their reach, does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The project’s stage, or the resource’s state, does not allow this now */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is larger than this endpoint takes */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A policy rule refuses it (ruleIds, violations) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporal or PostgreSQL is unavailable; nothing changed, retry with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/call-lists/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An annual call list (R1): its entries with their tiers and parent links, and its demonstrations (R3, staff) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    year: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            callListYear: number;
                            entries: {
                                entry: {
                                    id: string;
                                    callListYear: number;
                                    title: string;
                                    /** @enum {string} */
                                    tier: "programme" | "topic" | "project";
                                    parentId?: string;
                                    strategicField: string;
                                    /**
                                     * @default openCompetition
                                     * @enum {string}
                                     */
                                    selectionMode: "openCompetition" | "selectiveCommission" | "directedCommission";
                                    /** @default [] */
                                    invitedOrganisations: {
                                        id: string;
                                        name: string;
                                    }[];
                                    /** @default false */
                                    jointFunded: boolean;
                                    plannedApprovals: number;
                                    examinationRequired?: boolean;
                                    /** @default [] */
                                    proposers: {
                                        /** @enum {string} */
                                        kind: "industryDepartment" | "majorPlatform" | "association" | "leadingEnterprise" | "endUser" | "ventureInvestor";
                                        name: string;
                                    }[];
                                    proposedBy?: string;
                                    /** @default false */
                                    urgent: boolean;
                                    /** Format: date */
                                    applicationDeadline?: string;
                                };
                                /** @enum {string} */
                                status: "draft" | "published";
                                revision: number;
                                examinationRequired: boolean;
                                policyVersion: string;
                                createdBy: string;
                                createdAt: string;
                                publishedBy: string | null;
                                publishedAt: string | null;
                                windowClosesAt: string | null;
                                entryWorkflow: boolean;
                                examinationPlan: boolean;
                            }[];
                            hierarchy: {
                                id: string;
                                parentId: string | null;
                                childIds: string[];
                            }[];
                            demonstrations: {
                                id: number;
                                callListYear: number;
                                entries: {
                                    id: string;
                                    revision: number;
                                }[];
                                /** @enum {string} */
                                opinion: "pass" | "revise";
                                panel: {
                                    name: string;
                                    /** @enum {string} */
                                    kind: "industry" | "platform" | "association" | "enterprise" | "technical" | "finance" | "endUser" | "investor";
                                    organisation: string;
                                }[];
                                enterpriseShareBp: number;
                                evidence: {
                                    /** @enum {string} */
                                    procedure: "collectiveDecision" | "signOff" | "expertReview" | "onSiteInspection";
                                    basis: string;
                                    decidedBy: string[];
                                    vote?: {
                                        for: number;
                                        against: number;
                                        abstain: number;
                                    };
                                    /** @default false */
                                    publicised: boolean;
                                    commitment?: {
                                        noConflict: boolean;
                                        noSelfInterest: boolean;
                                    };
                                };
                                revisionsRequested: string | null;
                                thirdPartyEvaluation: {
                                    organisation: string;
                                    conclusion: string;
                                    reportReference?: string;
                                } | null;
                                recordedBy: string;
                                recordedAt: string;
                                enterpriseShareTargetBp: number;
                            }[];
                        };
                    };
                };
                /** @description Malformed: a field is missing, of the wrong type, or unknown (errors name them) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller’s role, or their reach, does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The project’s stage, or the resource’s state, does not allow this now */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A policy rule refuses it (ruleIds, violations) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporal or PostgreSQL is unavailable; nothing changed, retry with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/lists/{id}/ranking": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The review ranking of the entry’s applications: mean expert score plus the R6.5 priority of fund-backed ones and the R23 points of their PI’s and organisation’s past post-evaluation ratings */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            fundBackingPriorityBonus: number;
                            items: {
                                rank: number;
                                code: string;
                                title: string;
                                stage: string;
                                scores: number[];
                                meanScore: number;
                                fundBacked: boolean;
                                trackRecord: number;
                                rankScore: number;
                            }[];
                        };
                    };
                };
                /** @description Malformed: a field is missing, of the wrong type, or unknown (errors name them) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller’s role, or their reach, does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The project’s stage, or the resource’s state, does not allow this now */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A policy rule refuses it (ruleIds, violations) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporal or PostgreSQL is unavailable; nothing changed, retry with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/lists/{id}/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Apply to a list entry: eligibility (R4–R6, R19), then the project workflow starts */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        title: string;
                        leadOrganisation: {
                            id: string;
                            name: string;
                            /** @enum {string} */
                            type: "enterprise" | "university" | "researchInstitute" | "hospital" | "other";
                            region: {
                                county: string;
                                /** @default false */
                                mountainOrIslandCounty?: boolean;
                                /** @default false */
                                ningbo?: boolean;
                            };
                            /** @enum {string} */
                            majorInnovationPlatform?: "provincialLab" | "technologyInnovationCentre" | "keyLab" | "engineeringResearchCentre" | "other";
                            /** @default false */
                            leadsInnovationConsortium?: boolean;
                            industry?: string;
                            rdIntensityBp?: number;
                            /** @default false */
                            fundBacked?: boolean;
                        };
                        /** @default [] */
                        partnerOrganisations?: {
                            id: string;
                            name: string;
                            /** @enum {string} */
                            type: "enterprise" | "university" | "researchInstitute" | "hospital" | "other";
                            region: {
                                county: string;
                                /** @default false */
                                mountainOrIslandCounty?: boolean;
                                /** @default false */
                                ningbo?: boolean;
                            };
                            /** @enum {string} */
                            majorInnovationPlatform?: "provincialLab" | "technologyInnovationCentre" | "keyLab" | "engineeringResearchCentre" | "other";
                            /** @default false */
                            leadsInnovationConsortium?: boolean;
                            industry?: string;
                            rdIntensityBp?: number;
                            /** @default false */
                            fundBacked?: boolean;
                        }[];
                        team: {
                            principalInvestigator: {
                                id: string;
                                name: string;
                                /** Format: date */
                                birthDate: string;
                                organisationId: string;
                            };
                            /** @default [] */
                            members?: {
                                id: string;
                                name: string;
                                /** Format: date */
                                birthDate: string;
                                organisationId: string;
                            }[];
                        };
                        budget: {
                            /**
                             * @description An amount in fen (分): ¥1,000,000 = 100000000
                             * @example 100000000
                             */
                            totalInvestment: number;
                            /**
                             * @description An amount in fen (分): ¥1,000,000 = 100000000
                             * @example 100000000
                             */
                            provincialSubsidy: number;
                            /**
                             * @description An amount in fen (分): ¥1,000,000 = 100000000
                             * @default 0
                             * @example 100000000
                             */
                            localMatch?: number;
                            /**
                             * @description An amount in fen (分): ¥1,000,000 = 100000000
                             * @default 0
                             * @example 100000000
                             */
                            institutionMatch?: number;
                            /**
                             * @description An amount in fen (分): ¥1,000,000 = 100000000
                             * @default 0
                             * @example 100000000
                             */
                            selfRaised?: number;
                            /**
                             * @description An amount in fen (分): ¥1,000,000 = 100000000
                             * @default 0
                             * @example 100000000
                             */
                            enterpriseContribution?: number;
                        };
                        /** @default [] */
                        keyIndicators?: {
                            name: string;
                            target: string;
                        }[];
                        /** @default false */
                        manufacturing?: boolean;
                        /** @default false */
                        industrialOrEngineering?: boolean;
                        technicalRoute?: string;
                        integrityCommitment?: {
                            integrity: boolean;
                            signatory: string;
                            committedBy?: string;
                            committedAt?: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            stage: string;
                            workflowId: string;
                            policyVersion: string;
                        };
                    };
                };
                /** @description Malformed: a field is missing, of the wrong type, or unknown (errors name them) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller’s role, or their reach, does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The project’s stage, or the resource’s state, does not allow this now */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is larger than this endpoint takes */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A policy rule refuses it (ruleIds, violations) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporal or PostgreSQL is unavailable; nothing changed, retry with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Projects, filtered and paginated, from the read model */
        get: {
            parameters: {
                query?: {
                    stage?: "application" | "examination" | "review" | "decision" | "publicity" | "contract" | "execution" | "acceptance" | "postEvaluation" | "closed" | "rejected" | "terminated";
                    strategicField?: string;
                    county?: string;
                    leadOrganisationId?: string;
                    listEntryId?: string;
                    deadlineBefore?: string;
                    /** @description true: only projects with a pending action past its deadline */
                    overdue?: string;
                    /** @description Only projects waiting on this role (e.g. programmeOfficer) or this person (their id) */
                    waitingOn?: string;
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                code: string;
                                listEntryId: string;
                                title: string;
                                stage: string;
                                strategicField: string;
                                leadOrganisationId: string;
                                leadOrganisationName: string;
                                county: string;
                                principalInvestigatorId: string;
                                policyVersion: string;
                                totalInvestment: number;
                                provincialSubsidy: number;
                                militaryOrder: boolean;
                                nextDeadline: string | null;
                                /** @description What the project waits on, and from whom, as of its last recorded transition (overdue as of now) */
                                pendingActions: {
                                    action: string;
                                    /** @enum {string} */
                                    ownerRole: "programmeOfficer" | "supervisor" | "expert" | "projectLead" | "financeOfficer" | "auditor" | "admin" | "recommendingAuthority" | "institution" | "commissioner" | "system";
                                    /** @description The person who owns it, where one does (the PI, an expert) */
                                    ownerId?: string;
                                    /** @description Their name, where the project knows it (its PI, its commissioner) */
                                    ownerName?: string;
                                    /** @description The organisation whose role holders owe it (a recommending authority’s, R6.6) */
                                    ownerOrganisationId?: string;
                                    deadline?: string;
                                    overdue: boolean;
                                }[];
                                /** @description Grows with every recorded transition; pass it as afterVersion to wait */
                                version: number;
                                updatedAt: string;
                                /** @description The workflow was cancelled, terminated or reset in Temporal itself, not through the API */
                                closedOutsideApi: {
                                    /** @enum {string} */
                                    kind: "cancelled" | "terminated" | "reset";
                                    at: string;
                                    runId: string;
                                } | null;
                            }[];
                            total: number;
                            limit: number;
                            offset: number;
                        };
                    };
                };
                /** @description Malformed: a field is missing, of the wrong type, or unknown (errors name them) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller’s role, or their reach, does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The project’s stage, or the resource’s state, does not allow this now */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A policy rule refuses it (ruleIds, violations) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporal or PostgreSQL is unavailable; nothing changed, retry with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A project: its record and live workflow status
         * @description With afterVersion, a long poll: answers once the project has moved past that version, or after waitMs with the unchanged project. Clients compare `version` rather than polling. The record carries the pending actions; `live=false` leaves out the live status, so the read costs the workflow nothing.
         */
        get: {
            parameters: {
                query?: {
                    afterVersion?: number;
                    waitMs?: number;
                    /** @description false: the record alone, from PostgreSQL, without asking the workflow (`live` is null) */
                    live?: string;
                };
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            listEntryId: string;
                            title: string;
                            stage: string;
                            strategicField: string;
                            leadOrganisationId: string;
                            leadOrganisationName: string;
                            county: string;
                            principalInvestigatorId: string;
                            policyVersion: string;
                            totalInvestment: number;
                            provincialSubsidy: number;
                            militaryOrder: boolean;
                            nextDeadline: string | null;
                            /** @description What the project waits on, and from whom, as of its last recorded transition (overdue as of now) */
                            pendingActions: {
                                action: string;
                                /** @enum {string} */
                                ownerRole: "programmeOfficer" | "supervisor" | "expert" | "projectLead" | "financeOfficer" | "auditor" | "admin" | "recommendingAuthority" | "institution" | "commissioner" | "system";
                                /** @description The person who owns it, where one does (the PI, an expert) */
                                ownerId?: string;
                                /** @description Their name, where the project knows it (its PI, its commissioner) */
                                ownerName?: string;
                                /** @description The organisation whose role holders owe it (a recommending authority’s, R6.6) */
                                ownerOrganisationId?: string;
                                deadline?: string;
                                overdue: boolean;
                            }[];
                            /** @description Grows with every recorded transition; pass it as afterVersion to wait */
                            version: number;
                            updatedAt: string;
                            /** @description The workflow was cancelled, terminated or reset in Temporal itself, not through the API */
                            closedOutsideApi: {
                                /** @enum {string} */
                                kind: "cancelled" | "terminated" | "reset";
                                at: string;
                                runId: string;
                            } | null;
                            live: {
                                code: string;
                                /** @enum {string} */
                                stage: "application" | "examination" | "review" | "decision" | "publicity" | "contract" | "execution" | "acceptance" | "postEvaluation" | "closed" | "rejected" | "terminated";
                                /** @description R21: 1 for the original project, +1 for each rolling-support phase */
                                phase: number;
                                policyVersion: string;
                                pendingActions: {
                                    action: string;
                                    /** @enum {string} */
                                    ownerRole: "programmeOfficer" | "supervisor" | "expert" | "projectLead" | "financeOfficer" | "auditor" | "admin" | "recommendingAuthority" | "institution" | "commissioner" | "system";
                                    /** @description The person who owns it, where one does (the PI, an expert) */
                                    ownerId?: string;
                                    /** @description Their name, where the project knows it (its PI, its commissioner) */
                                    ownerName?: string;
                                    /** @description The organisation whose role holders owe it (a recommending authority’s, R6.6) */
                                    ownerOrganisationId?: string;
                                    deadline?: string;
                                    overdue: boolean;
                                }[];
                                milestones: {
                                    id: string;
                                    title: string;
                                    /** Format: date-time */
                                    dueAt: string;
                                    /** @default [] */
                                    indicators: {
                                        name: string;
                                        target: string;
                                    }[];
                                    /** @enum {string} */
                                    status: "pending" | "passed" | "failed" | "overdue" | "acceptedLate";
                                    metOnTime?: boolean;
                                    /** @description R14.1: assessed as outstanding at its check */
                                    outstanding?: boolean;
                                    escalatedToSupervisor?: boolean;
                                    /** @description The PI’s progress report, before the staff check */
                                    report?: {
                                        by: string;
                                        at: string;
                                    };
                                }[];
                                /** @description In fen (分) */
                                provincialSubsidy: number;
                                militaryOrder: boolean;
                                horseRaceGroup: string | null;
                                projectPool: boolean;
                                termination: {
                                    reason: string;
                                    basis: string;
                                    actor: {
                                        id: string;
                                        /** @enum {string} */
                                        role: "programmeOfficer" | "supervisor" | "expert" | "projectLead" | "financeOfficer" | "auditor" | "admin" | "recommendingAuthority" | "institution" | "commissioner" | "system";
                                    };
                                    ruleIds: string[];
                                } | null;
                                timeline: {
                                    seq: number;
                                    /** @enum {string} */
                                    stage: "application" | "examination" | "review" | "decision" | "publicity" | "contract" | "execution" | "acceptance" | "postEvaluation" | "closed" | "rejected" | "terminated";
                                    action: string;
                                    actor: {
                                        id: string;
                                        /** @enum {string} */
                                        role: "programmeOfficer" | "supervisor" | "expert" | "projectLead" | "financeOfficer" | "auditor" | "admin" | "recommendingAuthority" | "institution" | "commissioner" | "system";
                                    };
                                    at: string;
                                    basis?: string;
                                    ruleIds: string[];
                                }[];
                            } | null;
                        };
                    };
                };
                /** @description Malformed: a field is missing, of the wrong type, or unknown (errors name them) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller’s role, or their reach, does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The project’s stage, or the resource’s state, does not allow this now */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A policy rule refuses it (ruleIds, violations) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporal or PostgreSQL is unavailable; nothing changed, retry with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{code}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The audit trail of a project (R24) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                seq: number;
                                action: string;
                                actorId: string;
                                actorRole: string;
                                basis: string | null;
                                ruleIds: string[];
                                payload: {
                                    [key: string]: unknown;
                                };
                                occurredAt: string;
                            }[];
                        };
                    };
                };
                /** @description Malformed: a field is missing, of the wrong type, or unknown (errors name them) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller’s role, or their reach, does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The project’s stage, or the resource’s state, does not allow this now */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A policy rule refuses it (ruleIds, violations) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporal or PostgreSQL is unavailable; nothing changed, retry with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/publicity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Approvals being publicised (公示, R18.3): what may be disclosed, and until when objections are taken. No API key needed */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                code: string;
                                title: string;
                                leadOrganisation: string;
                                principalInvestigator: string;
                                strategicField: string;
                                county: string;
                                /** @description Fen */
                                approvedSubsidy: number;
                                fundingMode: string;
                                startsAt: string;
                                endsAt: string;
                            }[];
                        };
                    };
                };
                /** @description Malformed: a field is missing, of the wrong type, or unknown (errors name them) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The project’s stage, or the resource’s state, does not allow this now */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A policy rule refuses it (ruleIds, violations) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporal or PostgreSQL is unavailable; nothing changed, retry with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{code}/integrity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** R19 integrity of the whole team and every undertaking organisation as of today: active bans (they refuse an approval) and findings for the decision-makers */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            bans: {
                                /** @description A rule of the policy, R1–R24 */
                                ruleId: string;
                                fields: string[];
                                required: string;
                                actual: string;
                                message: {
                                    "zh-CN": string;
                                    en: string;
                                };
                            }[];
                            findings: {
                                id: string;
                                /** @enum {string} */
                                subjectType: "person" | "organisation";
                                subjectId: string;
                                /** @enum {string} */
                                kind: "ban" | "finding" | "commendation";
                                ruleId: string;
                                /** Format: date */
                                startsOn: string;
                                /** Format: date */
                                endsOn?: string;
                                basis: string;
                            }[];
                        };
                    };
                };
                /** @description Malformed: a field is missing, of the wrong type, or unknown (errors name them) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller’s role, or their reach, does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The project’s stage, or the resource’s state, does not allow this now */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A policy rule refuses it (ruleIds, violations) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporal or PostgreSQL is unavailable; nothing changed, retry with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{code}/panel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The drawn review panels with their seeds (R9, R18.2, R19) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                phase: number;
                                seed: string;
                                expertIds: string[];
                                recommendedIds: string[];
                                excluded: {
                                    [key: string]: unknown;
                                }[];
                                enterpriseShareBp: number;
                                shortfall: number;
                                enterpriseShareTargetBp: number;
                            }[];
                        };
                    };
                };
                /** @description Malformed: a field is missing, of the wrong type, or unknown (errors name them) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller’s role, or their reach, does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The project’s stage, or the resource’s state, does not allow this now */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A policy rule refuses it (ruleIds, violations) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporal or PostgreSQL is unavailable; nothing changed, retry with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{code}/platform-filings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A platform-managed project’s filing with the province: its approval, a yearly report, its completion (R17) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "approval";
                        /**
                         * @description An amount in fen (分): ¥1,000,000 = 100000000
                         * @example 100000000
                         */
                        approvedSubsidy: number;
                        reference: string;
                        evidence: {
                            /** @enum {string} */
                            procedure: "collectiveDecision" | "signOff" | "expertReview" | "onSiteInspection";
                            basis: string;
                            decidedBy: string[];
                            vote?: {
                                for: number;
                                against: number;
                                abstain: number;
                            };
                            /** @default false */
                            publicised?: boolean;
                            commitment?: {
                                noConflict: boolean;
                                noSelfInterest: boolean;
                            };
                        };
                    } | {
                        /** @enum {string} */
                        kind: "annual";
                        year: number;
                        reference: string;
                        summary: string;
                    } | {
                        /** @enum {string} */
                        kind: "completion";
                        reference: string;
                        summary: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            /** @enum {string} */
                            stage: "application" | "examination" | "review" | "decision" | "publicity" | "contract" | "execution" | "acceptance" | "postEvaluation" | "closed" | "rejected" | "terminated";
                            /** @description R21: 1 for the original project, +1 for each rolling-support phase */
                            phase: number;
                            policyVersion: string;
                            pendingActions: {
                                action: string;
                                /** @enum {string} */
                                ownerRole: "programmeOfficer" | "supervisor" | "expert" | "projectLead" | "financeOfficer" | "auditor" | "admin" | "recommendingAuthority" | "institution" | "commissioner" | "system";
                                /** @description The person who owns it, where one does (the PI, an expert) */
                                ownerId?: string;
                                /** @description Their name, where the project knows it (its PI, its commissioner) */
                                ownerName?: string;
                                /** @description The organisation whose role holders owe it (a recommending authority’s, R6.6) */
                                ownerOrganisationId?: string;
                                deadline?: string;
                                overdue: boolean;
                            }[];
                            milestones: {
                                id: string;
                                title: string;
                                /** Format: date-time */
                                dueAt: string;
                                /** @default [] */
                                indicators: {
                                    name: string;
                                    target: string;
                                }[];
                                /** @enum {string} */
                                status: "pending" | "passed" | "failed" | "overdue" | "acceptedLate";
                                metOnTime?: boolean;
                                /** @description R14.1: assessed as outstanding at its check */
                                outstanding?: boolean;
                                escalatedToSupervisor?: boolean;
                                /** @description The PI’s progress report, before the staff check */
                                report?: {
                                    by: string;
                                    at: string;
                                };
                            }[];
                            /** @description In fen (分) */
                            provincialSubsidy: number;
                            militaryOrder: boolean;
                            horseRaceGroup: string | null;
                            projectPool: boolean;
                            termination: {
                                reason: string;
                                basis: string;
                                actor: {
                                    id: string;
                                    /** @enum {string} */
                                    role: "programmeOfficer" | "supervisor" | "expert" | "projectLead" | "financeOfficer" | "auditor" | "admin" | "recommendingAuthority" | "institution" | "commissioner" | "system";
                                };
                                ruleIds: string[];
                            } | null;
                            /** @description The timeline entries recorded while the action ran: its own step and any it caused */
                            recorded: {
                                seq: number;
                                /** @enum {string} */
                                stage: "application" | "examination" | "review" | "decision" | "publicity" | "contract" | "execution" | "acceptance" | "postEvaluation" | "closed" | "rejected" | "terminated";
                                action: string;
                                actor: {
                                    id: string;
                                    /** @enum {string} */
                                    role: "programmeOfficer" | "supervisor" | "expert" | "projectLead" | "financeOfficer" | "auditor" | "admin" | "recommendingAuthority" | "institution" | "commissioner" | "system";
                                };
                                at: string;
                                basis?: string;
                                ruleIds: string[];
                            }[];
                        };
                    };
                };
                /** @description Malformed: a field is missing, of the wrong type, or unknown (errors name them) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller’s role, or their reach, does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The project’s stage, or the resource’s state, does not allow this now */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is larger than this endpoint takes */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A policy rule refuses it (ruleIds, violations) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporal or PostgreSQL is unavailable; nothing changed, retry with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{code}/on-site-inspections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** An on-site inspection of a horse-race candidate before its decision (R13) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        findings: string;
                        comparableLevel: boolean;
                        /** Format: date */
                        inspectedOn: string;
                        inspectors: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            /** @enum {string} */
                            stage: "application" | "examination" | "review" | "decision" | "publicity" | "contract" | "execution" | "acceptance" | "postEvaluation" | "closed" | "rejected" | "terminated";
                            /** @description R21: 1 for the original project, +1 for each rolling-support phase */
                            phase: number;
                            policyVersion: string;
                            pendingActions: {
                                action: string;
                                /** @enum {string} */
                                ownerRole: "programmeOfficer" | "supervisor" | "expert" | "projectLead" | "financeOfficer" | "auditor" | "admin" | "recommendingAuthority" | "institution" | "commissioner" | "system";
                                /** @description The person who owns it, where one does (the PI, an expert) */
                                ownerId?: string;
                                /** @description Their name, where the project knows it (its PI, its commissioner) */
                                ownerName?: string;
                                /** @description The organisation whose role holders owe it (a recommending authority’s, R6.6) */
                                ownerOrganisationId?: string;
                                deadline?: string;
                                overdue: boolean;
                            }[];
                            milestones: {
                                id: string;
                                title: string;
                                /** Format: date-time */
                                dueAt: string;
                                /** @default [] */
                                indicators: {
                                    name: string;
                                    target: string;
                                }[];
                                /** @enum {string} */
                                status: "pending" | "passed" | "failed" | "overdue" | "acceptedLate";
                                metOnTime?: boolean;
                                /** @description R14.1: assessed as outstanding at its check */
                                outstanding?: boolean;
                                escalatedToSupervisor?: boolean;
                                /** @description The PI’s progress report, before the staff check */
                                report?: {
                                    by: string;
                                    at: string;
                                };
                            }[];
                            /** @description In fen (分) */
                            provincialSubsidy: number;
                            militaryOrder: boolean;
                            horseRaceGroup: string | null;
                            projectPool: boolean;
                            termination: {
                                reason: string;
                                basis: string;
                                actor: {
                                    id: string;
                                    /** @enum {string} */
                                    role: "programmeOfficer" | "supervisor" | "expert" | "projectLead" | "financeOfficer" | "auditor" | "admin" | "recommendingAuthority" | "institution" | "commissioner" | "system";
                                };
                                ruleIds: string[];
                            } | null;
                            /** @description The timeline entries recorded while the action ran: its own step and any it caused */
                            recorded: {
                                seq: number;
                                /** @enum {string} */
                                stage: "application" | "examination" | "review" | "decision" | "publicity" | "contract" | "execution" | "acceptance" | "postEvaluation" | "closed" | "rejected" | "terminated";
                                action: string;
                                actor: {
                                    id: string;
                                    /** @enum {string} */
                                    role: "programmeOfficer" | "supervisor" | "expert" | "projectLead" | "financeOfficer" | "auditor" | "admin" | "recommendingAuthority" | "institution" | "commissioner" | "system";
                                };
                                at: string;
                                basis?: string;
                                ruleIds: string[];
                            }[];
                        };
                    };
                };
                /** @description Malformed: a field is missing, of the wrong type, or unknown (errors name them) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller’s role, or their reach, does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The project’s stage, or the resource’s state, does not allow this now */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is larger than this endpoint takes */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A policy rule refuses it (ruleIds, violations) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporal or PostgreSQL is unavailable; nothing changed, retry with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{code}/objections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Object to a publicised approval, with grounds, during its publicity period (R18.3); anyone signed in */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        grounds: string;
                        contact?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            /** @enum {string} */
                            stage: "application" | "examination" | "review" | "decision" | "publicity" | "contract" | "execution" | "acceptance" | "postEvaluation" | "closed" | "rejected" | "terminated";
                            /** @description R21: 1 for the original project, +1 for each rolling-support phase */
                            phase: number;
                            policyVersion: string;
                            pendingActions: {
                                action: string;
                                /** @enum {string} */
                                ownerRole: "programmeOfficer" | "supervisor" | "expert" | "projectLead" | "financeOfficer" | "auditor" | "admin" | "recommendingAuthority" | "institution" | "commissioner" | "system";
                                /** @description The person who owns it, where one does (the PI, an expert) */
                                ownerId?: string;
                                /** @description Their name, where the project knows it (its PI, its commissioner) */
                                ownerName?: string;
                                /** @description The organisation whose role holders owe it (a recommending authority’s, R6.6) */
                                ownerOrganisationId?: string;
                                deadline?: string;
                                overdue: boolean;
                            }[];
                            milestones: {
                                id: string;
                                title: string;
                                /** Format: date-time */
                                dueAt: string;
                                /** @default [] */
                                indicators: {
                                    name: string;
                                    target: string;
                                }[];
                                /** @enum {string} */
                                status: "pending" | "passed" | "failed" | "overdue" | "acceptedLate";
                                metOnTime?: boolean;
                                /** @description R14.1: assessed as outstanding at its check */
                                outstanding?: boolean;
                                escalatedToSupervisor?: boolean;
                                /** @description The PI’s progress report, before the staff check */
                                report?: {
                                    by: string;
                                    at: string;
                                };
                            }[];
                            /** @description In fen (分) */
                            provincialSubsidy: number;
                            militaryOrder: boolean;
                            horseRaceGroup: string | null;
                            projectPool: boolean;
                            termination: {
                                reason: string;
                                basis: string;
                                actor: {
                                    id: string;
                                    /** @enum {string} */
                                    role: "programmeOfficer" | "supervisor" | "expert" | "projectLead" | "financeOfficer" | "auditor" | "admin" | "recommendingAuthority" | "institution" | "commissioner" | "system";
                                };
                                ruleIds: string[];
                            } | null;
                            /** @description The timeline entries recorded while the action ran: its own step and any it caused */
                            recorded: {
                                seq: number;
                                /** @enum {string} */
                                stage: "application" | "examination" | "review" | "decision" | "publicity" | "contract" | "execution" | "acceptance" | "postEvaluation" | "closed" | "rejected" | "terminated";
                                action: string;
                                actor: {
                                    id: string;
                                    /** @enum {string} */
                                    role: "programmeOfficer" | "supervisor" | "expert" | "projectLead" | "financeOfficer" | "auditor" | "admin" | "recommendingAuthority" | "institution" | "commissioner" | "system";
                                };
                                at: string;
                                basis?: string;
                                ruleIds: string[];
                            }[];
                        };
                    };
                };
                /** @description Malformed: a field is missing, of the wrong type, or unknown (errors name them) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller’s role, or their reach, does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The project’s stage, or the resource’s state, does not allow this now */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is larger than this endpoint takes */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A policy rule refuses it (ruleIds, violations) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporal or PostgreSQL is unavailable; nothing changed, retry with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{code}/objection-decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sustain (the decision is taken again) or dismiss an objection, with evidence and commitment (R18.3, R20) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        objectionId: string;
                        /** @enum {string} */
                        outcome: "sustain" | "dismiss";
                        evidence: {
                            /** @enum {string} */
                            procedure: "collectiveDecision" | "signOff" | "expertReview" | "onSiteInspection";
                            basis: string;
                            decidedBy: string[];
                            vote?: {
                                for: number;
                                against: number;
                                abstain: number;
                            };
                            /** @default false */
                            publicised?: boolean;
                            commitment?: {
                                noConflict: boolean;
                                noSelfInterest: boolean;
                            };
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            /** @enum {string} */
                            stage: "application" | "examination" | "review" | "decision" | "publicity" | "contract" | "execution" | "acceptance" | "postEvaluation" | "closed" | "rejected" | "terminated";
                            /** @description R21: 1 for the original project, +1 for each rolling-support phase */
                            phase: number;
                            policyVersion: string;
                            pendingActions: {
                                action: string;
                                /** @enum {string} */
                                ownerRole: "programmeOfficer" | "supervisor" | "expert" | "projectLead" | "financeOfficer" | "auditor" | "admin" | "recommendingAuthority" | "institution" | "commissioner" | "system";
                                /** @description The person who owns it, where one does (the PI, an expert) */
                                ownerId?: string;
                                /** @description Their name, where the project knows it (its PI, its commissioner) */
                                ownerName?: string;
                                /** @description The organisation whose role holders owe it (a recommending authority’s, R6.6) */
                                ownerOrganisationId?: string;
                                deadline?: string;
                                overdue: boolean;
                            }[];
                            milestones: {
                                id: string;
                                title: string;
                                /** Format: date-time */
                                dueAt: string;
                                /** @default [] */
                                indicators: {
                                    name: string;
                                    target: string;
                                }[];
                                /** @enum {string} */
                                status: "pending" | "passed" | "failed" | "overdue" | "acceptedLate";
                                metOnTime?: boolean;
                                /** @description R14.1: assessed as outstanding at its check */
                                outstanding?: boolean;
                                escalatedToSupervisor?: boolean;
                                /** @description The PI’s progress report, before the staff check */
                                report?: {
                                    by: string;
                                    at: string;
                                };
                            }[];
                            /** @description In fen (分) */
                            provincialSubsidy: number;
                            militaryOrder: boolean;
                            horseRaceGroup: string | null;
                            projectPool: boolean;
                            termination: {
                                reason: string;
                                basis: string;
                                actor: {
                                    id: string;
                                    /** @enum {string} */
                                    role: "programmeOfficer" | "supervisor" | "expert" | "projectLead" | "financeOfficer" | "auditor" | "admin" | "recommendingAuthority" | "institution" | "commissioner" | "system";
                                };
                                ruleIds: string[];
                            } | null;
                            /** @description The timeline entries recorded while the action ran: its own step and any it caused */
                            recorded: {
                                seq: number;
                                /** @enum {string} */
                                stage: "application" | "examination" | "review" | "decision" | "publicity" | "contract" | "execution" | "acceptance" | "postEvaluation" | "closed" | "rejected" | "terminated";
                                action: string;
                                actor: {
                                    id: string;
                                    /** @enum {string} */
                                    role: "programmeOfficer" | "supervisor" | "expert" | "projectLead" | "financeOfficer" | "auditor" | "admin" | "recommendingAuthority" | "institution" | "commissioner" | "system";
                                };
                                at: string;
                                basis?: string;
                                ruleIds: string[];
                            }[];
                        };
                    };
                };
                /** @description Malformed: a field is missing, of the wrong type, or unknown (errors name them) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller’s role, or their reach, does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The project’s stage, or the resource’s state, does not allow this now */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is larger than this endpoint takes */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A policy rule refuses it (ruleIds, violations) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporal or PostgreSQL is unavailable; nothing changed, retry with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{code}/recommendation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The recommending authority (归口管理单位) recommends the application, committing to its matching funds, or returns it with reasons (R6.6) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        decision: "recommend";
                        letter: string;
                        commitment: {
                            /**
                             * @description An amount in fen (分): ¥1,000,000 = 100000000
                             * @example 100000000
                             */
                            localMatch: number;
                            /**
                             * @description An amount in fen (分): ¥1,000,000 = 100000000
                             * @example 100000000
                             */
                            institutionMatch: number;
                        };
                    } | {
                        /** @enum {string} */
                        decision: "return";
                        reasons: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            /** @enum {string} */
                            stage: "application" | "examination" | "review" | "decision" | "publicity" | "contract" | "execution" | "acceptance" | "postEvaluation" | "closed" | "rejected" | "terminated";
                            /** @description R21: 1 for the original project, +1 for each rolling-support phase */
                            phase: number;
                            policyVersion: string;
                            pendingActions: {
                                action: string;
                                /** @enum {string} */
                                ownerRole: "programmeOfficer" | "supervisor" | "expert" | "projectLead" | "financeOfficer" | "auditor" | "admin" | "recommendingAuthority" | "institution" | "commissioner" | "system";
                                /** @description The person who owns it, where one does (the PI, an expert) */
                                ownerId?: string;
                                /** @description Their name, where the project knows it (its PI, its commissioner) */
                                ownerName?: string;
                                /** @description The organisation whose role holders owe it (a recommending authority’s, R6.6) */
                                ownerOrganisationId?: string;
                                deadline?: string;
                                overdue: boolean;
                            }[];
                            milestones: {
                                id: string;
                                title: string;
                                /** Format: date-time */
                                dueAt: string;
                                /** @default [] */
                                indicators: {
                                    name: string;
                                    target: string;
                                }[];
                                /** @enum {string} */
                                status: "pending" | "passed" | "failed" | "overdue" | "acceptedLate";
                                metOnTime?: boolean;
                                /** @description R14.1: assessed as outstanding at its check */
                                outstanding?: boolean;
                                escalatedToSupervisor?: boolean;
                                /** @description The PI’s progress report, before the staff check */
                                report?: {
                                    by: string;
                                    at: string;
                                };
                            }[];
                            /** @description In fen (分) */
                            provincialSubsidy: number;
                            militaryOrder: boolean;
                            horseRaceGroup: string | null;
                            projectPool: boolean;
                            termination: {
                                reason: string;
                                basis: string;
                                actor: {
                                    id: string;
                                    /** @enum {string} */
                                    role: "programmeOfficer" | "supervisor" | "expert" | "projectLead" | "financeOfficer" | "auditor" | "admin" | "recommendingAuthority" | "institution" | "commissioner" | "system";
                                };
                                ruleIds: string[];
                            } | null;
                            /** @description The timeline entries recorded while the action ran: its own step and any it caused */
                            recorded: {
                                seq: number;
                                /** @enum {string} */
                                stage: "application" | "examination" | "review" | "decision" | "publicity" | "contract" | "execution" | "acceptance" | "postEvaluation" | "closed" | "rejected" | "terminated";
                                action: string;
                                actor: {
                                    id: string;
                                    /** @enum {string} */
                                    role: "programmeOfficer" | "supervisor" | "expert" | "projectLead" | "financeOfficer" | "auditor" | "admin" | "recommendingAuthority" | "institution" | "commissioner" | "system";
                                };
                                at: string;
                                basis?: string;
                                ruleIds: string[];
                            }[];
                        };
                    };
                };
                /** @description Malformed: a field is missing, of the wrong type, or unknown (errors name them) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller’s role, or their reach, does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The project’s stage, or the resource’s state, does not allow this now */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is larger than this endpoint takes */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A policy rule refuses it (ruleIds, violations) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporal or PostgreSQL is unavailable; nothing changed, retry with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{code}/expert-commitments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** An expert’s commitment (no conflict, confidentiality, fairness) before seeing or scoring (R18.1) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        noConflict: boolean;
                        confidentiality: boolean;
                        fairness: boolean;
                        expertId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            /** @enum {string} */
                            stage: "application" | "examination" | "review" | "decision" | "publicity" | "contract" | "execution" | "acceptance" | "postEvaluation" | "closed" | "rejected" | "terminated";
                            /** @description R21: 1 for the original project, +1 for each rolling-support phase */
                            phase: number;
                            policyVersion: string;
                            pendingActions: {
                                action: string;
                                /** @enum {string} */
                                ownerRole: "programmeOfficer" | "supervisor" | "expert" | "projectLead" | "financeOfficer" | "auditor" | "admin" | "recommendingAuthority" | "institution" | "commissioner" | "system";
                                /** @description The person who owns it, where one does (the PI, an expert) */
                                ownerId?: string;
                                /** @description Their name, where the project knows it (its PI, its commissioner) */
                                ownerName?: string;
                                /** @description The organisation whose role holders owe it (a recommending authority’s, R6.6) */
                                ownerOrganisationId?: string;
                                deadline?: string;
                                overdue: boolean;
                            }[];
                            milestones: {
                                id: string;
                                title: string;
                                /** Format: date-time */
                                dueAt: string;
                                /** @default [] */
                                indicators: {
                                    name: string;
                                    target: string;
                                }[];
                                /** @enum {string} */
                                status: "pending" | "passed" | "failed" | "overdue" | "acceptedLate";
                                metOnTime?: boolean;
                                /** @description R14.1: assessed as outstanding at its check */
                                outstanding?: boolean;
                                escalatedToSupervisor?: boolean;
                                /** @description The PI’s progress report, before the staff check */
                                report?: {
                                    by: string;
                                    at: string;
                                };
                            }[];
                            /** @description In fen (分) */
                            provincialSubsidy: number;
                            militaryOrder: boolean;
                            horseRaceGroup: string | null;
                            projectPool: boolean;
                            termination: {
                                reason: string;
                                basis: string;
                                actor: {
                                    id: string;
                                    /** @enum {string} */
                                    role: "programmeOfficer" | "supervisor" | "expert" | "projectLead" | "financeOfficer" | "auditor" | "admin" | "recommendingAuthority" | "institution" | "commissioner" | "system";
                                };
                                ruleIds: string[];
                            } | null;
                            /** @description The timeline entries recorded while the action ran: its own step and any it caused */
                            recorded: {
                                seq: number;
                                /** @enum {string} */
                                stage: "application" | "examination" | "review" | "decision" | "publicity" | "contract" | "execution" | "acceptance" | "postEvaluation" | "closed" | "rejected" | "terminated";
                                action: string;
                                actor: {
                                    id: string;
                                    /** @enum {string} */
                                    role: "programmeOfficer" | "supervisor" | "expert" | "projectLead" | "financeOfficer" | "auditor" | "admin" | "recommendingAuthority" | "institution" | "commissioner" | "system";
                                };
                                at: string;
                                basis?: string;
                                ruleIds: string[];
                            }[];
                        };
                    };
                };
                /** @description Malformed: a field is missing, of the wrong type, or unknown (errors name them) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller’s role, or their reach, does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The project’s stage, or the resource’s state, does not allow this now */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is larger than this endpoint takes */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A policy rule refuses it (ruleIds, violations) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporal or PostgreSQL is unavailable; nothing changed, retry with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{code}/review-scores": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** An expert’s review score (R9, R18.2) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        expertId: string;
                        score: number;
                        comment?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            /** @enum {string} */
                            stage: "application" | "examination" | "review" | "decision" | "publicity" | "contract" | "execution" | "acceptance" | "postEvaluation" | "closed" | "rejected" | "terminated";
                            /** @description R21: 1 for the original project, +1 for each rolling-support phase */
                            phase: number;
                            policyVersion: string;
                            pendingActions: {
                                action: string;
                                /** @enum {string} */
                                ownerRole: "programmeOfficer" | "supervisor" | "expert" | "projectLead" | "financeOfficer" | "auditor" | "admin" | "recommendingAuthority" | "institution" | "commissioner" | "system";
                                /** @description The person who owns it, where one does (the PI, an expert) */
                                ownerId?: string;
                                /** @description Their name, where the project knows it (its PI, its commissioner) */
                                ownerName?: string;
                                /** @description The organisation whose role holders owe it (a recommending authority’s, R6.6) */
                                ownerOrganisationId?: string;
                                deadline?: string;
                                overdue: boolean;
                            }[];
                            milestones: {
                                id: string;
                                title: string;
                                /** Format: date-time */
                                dueAt: string;
                                /** @default [] */
                                indicators: {
                                    name: string;
                                    target: string;
                                }[];
                                /** @enum {string} */
                                status: "pending" | "passed" | "failed" | "overdue" | "acceptedLate";
                                metOnTime?: boolean;
                                /** @description R14.1: assessed as outstanding at its check */
                                outstanding?: boolean;
                                escalatedToSupervisor?: boolean;
                                /** @description The PI’s progress report, before the staff check */
                                report?: {
                                    by: string;
                                    at: string;
                                };
                            }[];
                            /** @description In fen (分) */
                            provincialSubsidy: number;
                            militaryOrder: boolean;
                            horseRaceGroup: string | null;
                            projectPool: boolean;
                            termination: {
                                reason: string;
                                basis: string;
                                actor: {
                                    id: string;
                                    /** @enum {string} */
                                    role: "programmeOfficer" | "supervisor" | "expert" | "projectLead" | "financeOfficer" | "auditor" | "admin" | "recommendingAuthority" | "institution" | "commissioner" | "system";
                                };
                                ruleIds: string[];
                            } | null;
                            /** @description The timeline entries recorded while the action ran: its own step and any it caused */
                            recorded: {
                                seq: number;
                                /** @enum {string} */
                                stage: "application" | "examination" | "review" | "decision" | "publicity" | "contract" | "execution" | "acceptance" | "postEvaluation" | "closed" | "rejected" | "terminated";
                                action: string;
                                actor: {
                                    id: string;
                                    /** @enum {string} */
                                    role: "programmeOfficer" | "supervisor" | "expert" | "projectLead" | "financeOfficer" | "auditor" | "admin" | "recommendingAuthority" | "institution" | "commissioner" | "system";
                                };
                                at: string;
                                basis?: string;
                                ruleIds: string[];
                            }[];
                        };
                    };
                };
                /** @description Malformed: a field is missing, of the wrong type, or unknown (errors name them) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller’s role, or their reach, does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The project’s stage, or the resource’s state, does not allow this now */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is larger than this endpoint takes */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A policy rule refuses it (ruleIds, violations) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporal or PostgreSQL is unavailable; nothing changed, retry with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{code}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve with subsidy cut and funding mode, or reject (R11, R12, R13, R14, R20) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        outcome: "approve";
                        /**
                         * @description Fen (分) of provincial subsidy approved: ¥800,000 = 80000000
                         * @example 80000000
                         */
                        approvedSubsidy: number;
                        /**
                         * @default standard
                         * @enum {string}
                         */
                        fundingMode?: "standard" | "postHocSubsidy" | "immediateApproval" | "approvedWithoutFunding";
                        /** @default false */
                        militaryOrder?: boolean;
                        /** @default false */
                        horseRace?: boolean;
                        /**
                         * @description An amount in fen (分): ¥1,000,000 = 100000000
                         * @example 100000000
                         */
                        totalInvestment?: number;
                        keyIndicators?: {
                            name: string;
                            target: string;
                        }[];
                        evidence: {
                            /** @enum {string} */
                            procedure: "collectiveDecision" | "signOff" | "expertReview" | "onSiteInspection";
                            basis: string;
                            decidedBy: string[];
                            vote?: {
                                for: number;
                                against: number;
                                abstain: number;
                            };
                            /** @default false */
                            publicised?: boolean;
                            commitment?: {
                                noConflict: boolean;
                                noSelfInterest: boolean;
                            };
                        };
                    } | {
                        /** @enum {string} */
                        outcome: "reject";
                        evidence: {
                            /** @enum {string} */
                            procedure: "collectiveDecision" | "signOff" | "expertReview" | "onSiteInspection";
                            basis: string;
                            decidedBy: string[];
                            vote?: {
                                for: number;
                                against: number;
                                abstain: number;
                            };
                            /** @default false */
                            publicised?: boolean;
                            commitment?: {
                                noConflict: boolean;
                                noSelfInterest: boolean;
                            };
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            /** @enum {string} */
                            stage: "application" | "examination" | "review" | "decision" | "publicity" | "contract" | "execution" | "acceptance" | "postEvaluation" | "closed" | "rejected" | "terminated";
                            /** @description R21: 1 for the original project, +1 for each rolling-support phase */
                            phase: number;
                            policyVersion: string;
                            pendingActions: {
                                action: string;
                                /** @enum {string} */
                                ownerRole: "programmeOfficer" | "supervisor" | "expert" | "projectLead" | "financeOfficer" | "auditor" | "admin" | "recommendingAuthority" | "institution" | "commissioner" | "system";
                                /** @description The person who owns it, where one does (the PI, an expert) */
                                ownerId?: string;
                                /** @description Their name, where the project knows it (its PI, its commissioner) */
                                ownerName?: string;
                                /** @description The organisation whose role holders owe it (a recommending authority’s, R6.6) */
                                ownerOrganisationId?: string;
                                deadline?: string;
                                overdue: boolean;
                            }[];
                            milestones: {
                                id: string;
                                title: string;
                                /** Format: date-time */
                                dueAt: string;
                                /** @default [] */
                                indicators: {
                                    name: string;
                                    target: string;
                                }[];
                                /** @enum {string} */
                                status: "pending" | "passed" | "failed" | "overdue" | "acceptedLate";
                                metOnTime?: boolean;
                                /** @description R14.1: assessed as outstanding at its check */
                                outstanding?: boolean;
                                escalatedToSupervisor?: boolean;
                                /** @description The PI’s progress report, before the staff check */
                                report?: {
                                    by: string;
                                    at: string;
                                };
                            }[];
                            /** @description In fen (分) */
                            provincialSubsidy: number;
                            militaryOrder: boolean;
                            horseRaceGroup: string | null;
                            projectPool: boolean;
                            termination: {
                                reason: string;
                                basis: string;
                                actor: {
                                    id: string;
                                    /** @enum {string} */
                                    role: "programmeOfficer" | "supervisor" | "expert" | "projectLead" | "financeOfficer" | "auditor" | "admin" | "recommendingAuthority" | "institution" | "commissioner" | "system";
                                };
                                ruleIds: string[];
                            } | null;
                            /** @description The timeline entries recorded while the action ran: its own step and any it caused */
                            recorded: {
                                seq: number;
                                /** @enum {string} */
                                stage: "application" | "examination" | "review" | "decision" | "publicity" | "contract" | "execution" | "acceptance" | "postEvaluation" | "closed" | "rejected" | "terminated";
                                action: string;
                                actor: {
                                    id: string;
                                    /** @enum {string} */
                                    role: "programmeOfficer" | "supervisor" | "expert" | "projectLead" | "financeOfficer" | "auditor" | "admin" | "recommendingAuthority" | "institution" | "commissioner" | "system";
                                };
                                at: string;
                                basis?: string;
                                ruleIds: string[];
                            }[];
                        };
                    };
                };
                /** @description Malformed: a field is missing, of the wrong type, or unknown (errors name them) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller’s role, or their reach, does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The project’s stage, or the resource’s state, does not allow this now */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is larger than this endpoint takes */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A policy rule refuses it (ruleIds, violations) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporal or PostgreSQL is unavailable; nothing changed, retry with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{code}/contract": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign the contract and, where decided, the military order (R14) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        milestones: {
                            id: string;
                            title: string;
                            /** Format: date-time */
                            dueAt: string;
                            /** @default [] */
                            indicators?: {
                                name: string;
                                target: string;
                            }[];
                        }[];
                        /** Format: date-time */
                        contractEndsAt: string;
                        militaryOrderTerms?: {
                            /** @description Ids of the contract’s milestones whose dates the order makes hard */
                            milestoneIds: string[];
                            indicators: {
                                name: string;
                                target: string;
                            }[];
                            rewards: string[];
                            penalties: string[];
                            /** @description SHA-256 of the signed military order (军令状), uploaded first */
                            document?: string;
                        };
                        stageGoals?: {
                            name: string;
                            target: string;
                        }[];
                        keyIndicators?: {
                            name: string;
                            target: string;
                        }[];
                        instalments?: {
                            /**
                             * @description Fen
                             * @example 100000000
                             */
                            amount: number;
                            /** Format: date-time */
                            dueAt: string;
                            /**
                             * @description What releases it: the signed contract, a milestone’s passed check, the horse race’s stage gate
                             * @default contract
                             */
                            gate?: string;
                        }[];
                        /** @description SHA-256 of papers uploaded to the project */
                        documents?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            /** @enum {string} */
                            stage: "application" | "examination" | "review" | "decision" | "publicity" | "contract" | "execution" | "acceptance" | "postEvaluation" | "closed" | "rejected" | "terminated";
                            /** @description R21: 1 for the original project, +1 for each rolling-support phase */
                            phase: number;
                            policyVersion: string;
                            pendingActions: {
                                action: string;
                                /** @enum {string} */
                                ownerRole: "programmeOfficer" | "supervisor" | "expert" | "projectLead" | "financeOfficer" | "auditor" | "admin" | "recommendingAuthority" | "institution" | "commissioner" | "system";
                                /** @description The person who owns it, where one does (the PI, an expert) */
                                ownerId?: string;
                                /** @description Their name, where the project knows it (its PI, its commissioner) */
                                ownerName?: string;
                                /** @description The organisation whose role holders owe it (a recommending authority’s, R6.6) */
                                ownerOrganisationId?: string;
                                deadline?: string;
                                overdue: boolean;
                            }[];
                            milestones: {
                                id: string;
                                title: string;
                                /** Format: date-time */
                                dueAt: string;
                                /** @default [] */
                                indicators: {
                                    name: string;
                                    target: string;
                                }[];
                                /** @enum {string} */
                                status: "pending" | "passed" | "failed" | "overdue" | "acceptedLate";
                                metOnTime?: boolean;
                                /** @description R14.1: assessed as outstanding at its check */
                                outstanding?: boolean;
                                escalatedToSupervisor?: boolean;
                                /** @description The PI’s progress report, before the staff check */
                                report?: {
                                    by: string;
                                    at: string;
                                };
                            }[];
                            /** @description In fen (分) */
                            provincialSubsidy: number;
                            militaryOrder: boolean;
                            horseRaceGroup: string | null;
                            projectPool: boolean;
                            termination: {
                                reason: string;
                                basis: string;
                                actor: {
                                    id: string;
                                    /** @enum {string} */
                                    role: "programmeOfficer" | "supervisor" | "expert" | "projectLead" | "financeOfficer" | "auditor" | "admin" | "recommendingAuthority" | "institution" | "commissioner" | "system";
                                };
                                ruleIds: string[];
                            } | null;
                            /** @description The timeline entries recorded while the action ran: its own step and any it caused */
                            recorded: {
                                seq: number;
                                /** @enum {string} */
                                stage: "application" | "examination" | "review" | "decision" | "publicity" | "contract" | "execution" | "acceptance" | "postEvaluation" | "closed" | "rejected" | "terminated";
                                action: string;
                                actor: {
                                    id: string;
                                    /** @enum {string} */
                                    role: "programmeOfficer" | "supervisor" | "expert" | "projectLead" | "financeOfficer" | "auditor" | "admin" | "recommendingAuthority" | "institution" | "commissioner" | "system";
                                };
                                at: string;
                                basis?: string;
                                ruleIds: string[];
                            }[];
                        };
                    };
                };
                /** @description Malformed: a field is missing, of the wrong type, or unknown (errors name them) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller’s role, or their reach, does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The project’s stage, or the resource’s state, does not allow this now */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is larger than this endpoint takes */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A policy rule refuses it (ruleIds, violations) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporal or PostgreSQL is unavailable; nothing changed, retry with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{code}/disbursements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Finance pays (part of) an instalment its gate released: the contract, a passed milestone, the stage gate, the acceptance of a post-hoc subsidy (R11, R12) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        instalment: number;
                        /**
                         * @description Fen
                         * @example 100000000
                         */
                        amount: number;
                        /** Format: date */
                        paidOn: string;
                        voucher: string;
                        basis?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            /** @enum {string} */
                            stage: "application" | "examination" | "review" | "decision" | "publicity" | "contract" | "execution" | "acceptance" | "postEvaluation" | "closed" | "rejected" | "terminated";
                            /** @description R21: 1 for the original project, +1 for each rolling-support phase */
                            phase: number;
                            policyVersion: string;
                            pendingActions: {
                                action: string;
                                /** @enum {string} */
                                ownerRole: "programmeOfficer" | "supervisor" | "expert" | "projectLead" | "financeOfficer" | "auditor" | "admin" | "recommendingAuthority" | "institution" | "commissioner" | "system";
                                /** @description The person who owns it, where one does (the PI, an expert) */
                                ownerId?: string;
                                /** @description Their name, where the project knows it (its PI, its commissioner) */
                                ownerName?: string;
                                /** @description The organisation whose role holders owe it (a recommending authority’s, R6.6) */
                                ownerOrganisationId?: string;
                                deadline?: string;
                                overdue: boolean;
                            }[];
                            milestones: {
                                id: string;
                                title: string;
                                /** Format: date-time */
                                dueAt: string;
                                /** @default [] */
                                indicators: {
                                    name: string;
                                    target: string;
                                }[];
                                /** @enum {string} */
                                status: "pending" | "passed" | "failed" | "overdue" | "acceptedLate";
                                metOnTime?: boolean;
                                /** @description R14.1: assessed as outstanding at its check */
                                outstanding?: boolean;
                                escalatedToSupervisor?: boolean;
                                /** @description The PI’s progress report, before the staff check */
                                report?: {
                                    by: string;
                                    at: string;
                                };
                            }[];
                            /** @description In fen (分) */
                            provincialSubsidy: number;
                            militaryOrder: boolean;
                            horseRaceGroup: string | null;
                            projectPool: boolean;
                            termination: {
                                reason: string;
                                basis: string;
                                actor: {
                                    id: string;
                                    /** @enum {string} */
                                    role: "programmeOfficer" | "supervisor" | "expert" | "projectLead" | "financeOfficer" | "auditor" | "admin" | "recommendingAuthority" | "institution" | "commissioner" | "system";
                                };
                                ruleIds: string[];
                            } | null;
                            /** @description The timeline entries recorded while the action ran: its own step and any it caused */
                            recorded: {
                                seq: number;
                                /** @enum {string} */
                                stage: "application" | "examination" | "review" | "decision" | "publicity" | "contract" | "execution" | "acceptance" | "postEvaluation" | "closed" | "rejected" | "terminated";
                                action: string;
                                actor: {
                                    id: string;
                                    /** @enum {string} */
                                    role: "programmeOfficer" | "supervisor" | "expert" | "projectLead" | "financeOfficer" | "auditor" | "admin" | "recommendingAuthority" | "institution" | "commissioner" | "system";
                                };
                                at: string;
                                basis?: string;
                                ruleIds: string[];
                            }[];
                        };
                    };
                };
                /** @description Malformed: a field is missing, of the wrong type, or unknown (errors name them) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller’s role, or their reach, does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The project’s stage, or the resource’s state, does not allow this now */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is larger than this endpoint takes */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A policy rule refuses it (ruleIds, violations) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporal or PostgreSQL is unavailable; nothing changed, retry with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{code}/spending-reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The PI’s annual spending report: provincial and self-raised money spent, by budget line (R12) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        year: number;
                        lines: {
                            /** @enum {string} */
                            line: "equipment" | "business" | "labour" | "indirect";
                            /**
                             * @description Fen of provincial money spent
                             * @example 100000000
                             */
                            provincial: number;
                            /**
                             * @description Fen of self-raised money spent
                             * @example 100000000
                             */
                            selfRaised: number;
                        }[];
                        note?: string;
                        /** @description SHA-256 of papers uploaded to the project */
                        documents?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            /** @enum {string} */
                            stage: "application" | "examination" | "review" | "decision" | "publicity" | "contract" | "execution" | "acceptance" | "postEvaluation" | "closed" | "rejected" | "terminated";
                            /** @description R21: 1 for the original project, +1 for each rolling-support phase */
                            phase: number;
                            policyVersion: string;
                            pendingActions: {
                                action: string;
                                /** @enum {string} */
                                ownerRole: "programmeOfficer" | "supervisor" | "expert" | "projectLead" | "financeOfficer" | "auditor" | "admin" | "recommendingAuthority" | "institution" | "commissioner" | "system";
                                /** @description The person who owns it, where one does (the PI, an expert) */
                                ownerId?: string;
                                /** @description Their name, where the project knows it (its PI, its commissioner) */
                                ownerName?: string;
                                /** @description The organisation whose role holders owe it (a recommending authority’s, R6.6) */
                                ownerOrganisationId?: string;
                                deadline?: string;
                                overdue: boolean;
                            }[];
                            milestones: {
                                id: string;
                                title: string;
                                /** Format: date-time */
                                dueAt: string;
                                /** @default [] */
                                indicators: {
                                    name: string;
                                    target: string;
                                }[];
                                /** @enum {string} */
                                status: "pending" | "passed" | "failed" | "overdue" | "acceptedLate";
                                metOnTime?: boolean;
                                /** @description R14.1: assessed as outstanding at its check */
                                outstanding?: boolean;
                                escalatedToSupervisor?: boolean;
                                /** @description The PI’s progress report, before the staff check */
                                report?: {
                                    by: string;
                                    at: string;
                                };
                            }[];
                            /** @description In fen (分) */
                            provincialSubsidy: number;
                            militaryOrder: boolean;
                            horseRaceGroup: string | null;
                            projectPool: boolean;
                            termination: {
                                reason: string;
                                basis: string;
                                actor: {
                                    id: string;
                                    /** @enum {string} */
                                    role: "programmeOfficer" | "supervisor" | "expert" | "projectLead" | "financeOfficer" | "auditor" | "admin" | "recommendingAuthority" | "institution" | "commissioner" | "system";
                                };
                                ruleIds: string[];
                            } | null;
                            /** @description The timeline entries recorded while the action ran: its own step and any it caused */
                            recorded: {
                                seq: number;
                                /** @enum {string} */
                                stage: "application" | "examination" | "review" | "decision" | "publicity" | "contract" | "execution" | "acceptance" | "postEvaluation" | "closed" | "rejected" | "terminated";
                                action: string;
                                actor: {
                                    id: string;
                                    /** @enum {string} */
                                    role: "programmeOfficer" | "supervisor" | "expert" | "projectLead" | "financeOfficer" | "auditor" | "admin" | "recommendingAuthority" | "institution" | "commissioner" | "system";
                                };
                                at: string;
                                basis?: string;
                                ruleIds: string[];
                            }[];
                        };
                    };
                };
                /** @description Malformed: a field is missing, of the wrong type, or unknown (errors name them) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller’s role, or their reach, does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The project’s stage, or the resource’s state, does not allow this now */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is larger than this endpoint takes */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A policy rule refuses it (ruleIds, violations) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporal or PostgreSQL is unavailable; nothing changed, retry with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{code}/milestone-reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The PI reports a milestone’s progress against each of its indicators, before the staff check (R14, R15) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        milestoneId: string;
                        summary: string;
                        /** @default [] */
                        achievements?: {
                            /** @description The name of one of the milestone’s indicators */
                            indicator: string;
                            achieved: string;
                            met: boolean;
                        }[];
                        /** @description SHA-256 of papers uploaded to the project */
                        documents?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            /** @enum {string} */
                            stage: "application" | "examination" | "review" | "decision" | "publicity" | "contract" | "execution" | "acceptance" | "postEvaluation" | "closed" | "rejected" | "terminated";
                            /** @description R21: 1 for the original project, +1 for each rolling-support phase */
                            phase: number;
                            policyVersion: string;
                            pendingActions: {
                                action: string;
                                /** @enum {string} */
                                ownerRole: "programmeOfficer" | "supervisor" | "expert" | "projectLead" | "financeOfficer" | "auditor" | "admin" | "recommendingAuthority" | "institution" | "commissioner" | "system";
                                /** @description The person who owns it, where one does (the PI, an expert) */
                                ownerId?: string;
                                /** @description Their name, where the project knows it (its PI, its commissioner) */
                                ownerName?: string;
                                /** @description The organisation whose role holders owe it (a recommending authority’s, R6.6) */
                                ownerOrganisationId?: string;
                                deadline?: string;
                                overdue: boolean;
                            }[];
                            milestones: {
                                id: string;
                                title: string;
                                /** Format: date-time */
                                dueAt: string;
                                /** @default [] */
                                indicators: {
                                    name: string;
                                    target: string;
                                }[];
                                /** @enum {string} */
                                status: "pending" | "passed" | "failed" | "overdue" | "acceptedLate";
                                metOnTime?: boolean;
                                /** @description R14.1: assessed as outstanding at its check */
                                outstanding?: boolean;
                                escalatedToSupervisor?: boolean;
                                /** @description The PI’s progress report, before the staff check */
                                report?: {
                                    by: string;
                                    at: string;
                                };
                            }[];
                            /** @description In fen (分) */
                            provincialSubsidy: number;
                            militaryOrder: boolean;
                            horseRaceGroup: string | null;
                            projectPool: boolean;
                            termination: {
                                reason: string;
                                basis: string;
                                actor: {
                                    id: string;
                                    /** @enum {string} */
                                    role: "programmeOfficer" | "supervisor" | "expert" | "projectLead" | "financeOfficer" | "auditor" | "admin" | "recommendingAuthority" | "institution" | "commissioner" | "system";
                                };
                                ruleIds: string[];
                            } | null;
                            /** @description The timeline entries recorded while the action ran: its own step and any it caused */
                            recorded: {
                                seq: number;
                                /** @enum {string} */
                                stage: "application" | "examination" | "review" | "decision" | "publicity" | "contract" | "execution" | "acceptance" | "postEvaluation" | "closed" | "rejected" | "terminated";
                                action: string;
                                actor: {
                                    id: string;
                                    /** @enum {string} */
                                    role: "programmeOfficer" | "supervisor" | "expert" | "projectLead" | "financeOfficer" | "auditor" | "admin" | "recommendingAuthority" | "institution" | "commissioner" | "system";
                                };
                                at: string;
                                basis?: string;
                                ruleIds: string[];
                            }[];
                        };
                    };
                };
                /** @description Malformed: a field is missing, of the wrong type, or unknown (errors name them) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller’s role, or their reach, does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The project’s stage, or the resource’s state, does not allow this now */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is larger than this endpoint takes */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A policy rule refuses it (ruleIds, violations) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporal or PostgreSQL is unavailable; nothing changed, retry with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{code}/acceptance-applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The PI applies for acceptance with the final report; below ¥1,000,000 the team may choose the simplified path with its final account statement (R16, R16.1) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        finalReport: string;
                        /** @default false */
                        simplified?: boolean;
                        financialFinalAccount?: string;
                        /** @description SHA-256 of papers uploaded to the project */
                        documents?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            /** @enum {string} */
                            stage: "application" | "examination" | "review" | "decision" | "publicity" | "contract" | "execution" | "acceptance" | "postEvaluation" | "closed" | "rejected" | "terminated";
                            /** @description R21: 1 for the original project, +1 for each rolling-support phase */
                            phase: number;
                            policyVersion: string;
                            pendingActions: {
                                action: string;
                                /** @enum {string} */
                                ownerRole: "programmeOfficer" | "supervisor" | "expert" | "projectLead" | "financeOfficer" | "auditor" | "admin" | "recommendingAuthority" | "institution" | "commissioner" | "system";
                                /** @description The person who owns it, where one does (the PI, an expert) */
                                ownerId?: string;
                                /** @description Their name, where the project knows it (its PI, its commissioner) */
                                ownerName?: string;
                                /** @description The organisation whose role holders owe it (a recommending authority’s, R6.6) */
                                ownerOrganisationId?: string;
                                deadline?: string;
                                overdue: boolean;
                            }[];
                            milestones: {
                                id: string;
                                title: string;
                                /** Format: date-time */
                                dueAt: string;
                                /** @default [] */
                                indicators: {
                                    name: string;
                                    target: string;
                                }[];
                                /** @enum {string} */
                                status: "pending" | "passed" | "failed" | "overdue" | "acceptedLate";
                                metOnTime?: boolean;
                                /** @description R14.1: assessed as outstanding at its check */
                                outstanding?: boolean;
                                escalatedToSupervisor?: boolean;
                                /** @description The PI’s progress report, before the staff check */
                                report?: {
                                    by: string;
                                    at: string;
                                };
                            }[];
                            /** @description In fen (分) */
                            provincialSubsidy: number;
                            militaryOrder: boolean;
                            horseRaceGroup: string | null;
                            projectPool: boolean;
                            termination: {
                                reason: string;
                                basis: string;
                                actor: {
                                    id: string;
                                    /** @enum {string} */
                                    role: "programmeOfficer" | "supervisor" | "expert" | "projectLead" | "financeOfficer" | "auditor" | "admin" | "recommendingAuthority" | "institution" | "commissioner" | "system";
                                };
                                ruleIds: string[];
                            } | null;
                            /** @description The timeline entries recorded while the action ran: its own step and any it caused */
                            recorded: {
                                seq: number;
                                /** @enum {string} */
                                stage: "application" | "examination" | "review" | "decision" | "publicity" | "contract" | "execution" | "acceptance" | "postEvaluation" | "closed" | "rejected" | "terminated";
                                action: string;
                                actor: {
                                    id: string;
                                    /** @enum {string} */
                                    role: "programmeOfficer" | "supervisor" | "expert" | "projectLead" | "financeOfficer" | "auditor" | "admin" | "recommendingAuthority" | "institution" | "commissioner" | "system";
                                };
                                at: string;
                                basis?: string;
                                ruleIds: string[];
                            }[];
                        };
                    };
                };
                /** @description Malformed: a field is missing, of the wrong type, or unknown (errors name them) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller’s role, or their reach, does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The project’s stage, or the resource’s state, does not allow this now */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is larger than this endpoint takes */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A policy rule refuses it (ruleIds, violations) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporal or PostgreSQL is unavailable; nothing changed, retry with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{code}/change-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The PI asks for a change (变更) of PI, partner organisations, budget lines or the milestones to come; total investment and key indicators are immutable (R12) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                        principalInvestigator?: {
                            id: string;
                            name: string;
                            /** Format: date */
                            birthDate: string;
                            organisationId: string;
                        };
                        partnerOrganisations?: {
                            id: string;
                            name: string;
                            /** @enum {string} */
                            type: "enterprise" | "university" | "researchInstitute" | "hospital" | "other";
                            region: {
                                county: string;
                                /** @default false */
                                mountainOrIslandCounty?: boolean;
                                /** @default false */
                                ningbo?: boolean;
                            };
                            /** @enum {string} */
                            majorInnovationPlatform?: "provincialLab" | "technologyInnovationCentre" | "keyLab" | "engineeringResearchCentre" | "other";
                            /** @default false */
                            leadsInnovationConsortium?: boolean;
                            industry?: string;
                            rdIntensityBp?: number;
                            /** @default false */
                            fundBacked?: boolean;
                        }[];
                        budgetLines?: {
                            /** @enum {string} */
                            line: "equipment" | "business" | "labour" | "indirect";
                            /**
                             * @description Fen of provincial money planned
                             * @example 100000000
                             */
                            provincial: number;
                            /**
                             * @description Fen of self-raised money planned
                             * @example 100000000
                             */
                            selfRaised: number;
                        }[];
                        milestones?: {
                            id: string;
                            title: string;
                            /** Format: date-time */
                            dueAt: string;
                            /** @default [] */
                            indicators?: {
                                name: string;
                                target: string;
                            }[];
                        }[];
                        /**
                         * @description An amount in fen (分): ¥1,000,000 = 100000000
                         * @example 100000000
                         */
                        totalInvestment?: number;
                        keyIndicators?: {
                            name: string;
                            target: string;
                        }[];
                        /** @description SHA-256 of papers uploaded to the project */
                        documents?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            /** @enum {string} */
                            stage: "application" | "examination" | "review" | "decision" | "publicity" | "contract" | "execution" | "acceptance" | "postEvaluation" | "closed" | "rejected" | "terminated";
                            /** @description R21: 1 for the original project, +1 for each rolling-support phase */
                            phase: number;
                            policyVersion: string;
                            pendingActions: {
                                action: string;
                                /** @enum {string} */
                                ownerRole: "programmeOfficer" | "supervisor" | "expert" | "projectLead" | "financeOfficer" | "auditor" | "admin" | "recommendingAuthority" | "institution" | "commissioner" | "system";
                                /** @description The person who owns it, where one does (the PI, an expert) */
                                ownerId?: string;
                                /** @description Their name, where the project knows it (its PI, its commissioner) */
                                ownerName?: string;
                                /** @description The organisation whose role holders owe it (a recommending authority’s, R6.6) */
                                ownerOrganisationId?: string;
                                deadline?: string;
                                overdue: boolean;
                            }[];
                            milestones: {
                                id: string;
                                title: string;
                                /** Format: date-time */
                                dueAt: string;
                                /** @default [] */
                                indicators: {
                                    name: string;
                                    target: string;
                                }[];
                                /** @enum {string} */
                                status: "pending" | "passed" | "failed" | "overdue" | "acceptedLate";
                                metOnTime?: boolean;
                                /** @description R14.1: assessed as outstanding at its check */
                                outstanding?: boolean;
                                escalatedToSupervisor?: boolean;
                                /** @description The PI’s progress report, before the staff check */
                                report?: {
                                    by: string;
                                    at: string;
                                };
                            }[];
                            /** @description In fen (分) */
                            provincialSubsidy: number;
                            militaryOrder: boolean;
                            horseRaceGroup: string | null;
                            projectPool: boolean;
                            termination: {
                                reason: string;
                                basis: string;
                                actor: {
                                    id: string;
                                    /** @enum {string} */
                                    role: "programmeOfficer" | "supervisor" | "expert" | "projectLead" | "financeOfficer" | "auditor" | "admin" | "recommendingAuthority" | "institution" | "commissioner" | "system";
                                };
                                ruleIds: string[];
                            } | null;
                            /** @description The timeline entries recorded while the action ran: its own step and any it caused */
                            recorded: {
                                seq: number;
                                /** @enum {string} */
                                stage: "application" | "examination" | "review" | "decision" | "publicity" | "contract" | "execution" | "acceptance" | "postEvaluation" | "closed" | "rejected" | "terminated";
                                action: string;
                                actor: {
                                    id: string;
                                    /** @enum {string} */
                                    role: "programmeOfficer" | "supervisor" | "expert" | "projectLead" | "financeOfficer" | "auditor" | "admin" | "recommendingAuthority" | "institution" | "commissioner" | "system";
                                };
                                at: string;
                                basis?: string;
                                ruleIds: string[];
                            }[];
                        };
                    };
                };
                /** @description Malformed: a field is missing, of the wrong type, or unknown (errors name them) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller’s role, or their reach, does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The project’s stage, or the resource’s state, does not allow this now */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is larger than this endpoint takes */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A policy rule refuses it (ruleIds, violations) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporal or PostgreSQL is unavailable; nothing changed, retry with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{code}/change-decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Staff approve or reject a change, with evidence and commitment (R12, R18.1, R20) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        changeId: string;
                        /** @enum {string} */
                        outcome: "approve" | "reject";
                        evidence: {
                            /** @enum {string} */
                            procedure: "collectiveDecision" | "signOff" | "expertReview" | "onSiteInspection";
                            basis: string;
                            decidedBy: string[];
                            vote?: {
                                for: number;
                                against: number;
                                abstain: number;
                            };
                            /** @default false */
                            publicised?: boolean;
                            commitment?: {
                                noConflict: boolean;
                                noSelfInterest: boolean;
                            };
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            /** @enum {string} */
                            stage: "application" | "examination" | "review" | "decision" | "publicity" | "contract" | "execution" | "acceptance" | "postEvaluation" | "closed" | "rejected" | "terminated";
                            /** @description R21: 1 for the original project, +1 for each rolling-support phase */
                            phase: number;
                            policyVersion: string;
                            pendingActions: {
                                action: string;
                                /** @enum {string} */
                                ownerRole: "programmeOfficer" | "supervisor" | "expert" | "projectLead" | "financeOfficer" | "auditor" | "admin" | "recommendingAuthority" | "institution" | "commissioner" | "system";
                                /** @description The person who owns it, where one does (the PI, an expert) */
                                ownerId?: string;
                                /** @description Their name, where the project knows it (its PI, its commissioner) */
                                ownerName?: string;
                                /** @description The organisation whose role holders owe it (a recommending authority’s, R6.6) */
                                ownerOrganisationId?: string;
                                deadline?: string;
                                overdue: boolean;
                            }[];
                            milestones: {
                                id: string;
                                title: string;
                                /** Format: date-time */
                                dueAt: string;
                                /** @default [] */
                                indicators: {
                                    name: string;
                                    target: string;
                                }[];
                                /** @enum {string} */
                                status: "pending" | "passed" | "failed" | "overdue" | "acceptedLate";
                                metOnTime?: boolean;
                                /** @description R14.1: assessed as outstanding at its check */
                                outstanding?: boolean;
                                escalatedToSupervisor?: boolean;
                                /** @description The PI’s progress report, before the staff check */
                                report?: {
                                    by: string;
                                    at: string;
                                };
                            }[];
                            /** @description In fen (分) */
                            provincialSubsidy: number;
                            militaryOrder: boolean;
                            horseRaceGroup: string | null;
                            projectPool: boolean;
                            termination: {
                                reason: string;
                                basis: string;
                                actor: {
                                    id: string;
                                    /** @enum {string} */
                                    role: "programmeOfficer" | "supervisor" | "expert" | "projectLead" | "financeOfficer" | "auditor" | "admin" | "recommendingAuthority" | "institution" | "commissioner" | "system";
                                };
                                ruleIds: string[];
                            } | null;
                            /** @description The timeline entries recorded while the action ran: its own step and any it caused */
                            recorded: {
                                seq: number;
                                /** @enum {string} */
                                stage: "application" | "examination" | "review" | "decision" | "publicity" | "contract" | "execution" | "acceptance" | "postEvaluation" | "closed" | "rejected" | "terminated";
                                action: string;
                                actor: {
                                    id: string;
                                    /** @enum {string} */
                                    role: "programmeOfficer" | "supervisor" | "expert" | "projectLead" | "financeOfficer" | "auditor" | "admin" | "recommendingAuthority" | "institution" | "commissioner" | "system";
                                };
                                at: string;
                                basis?: string;
                                ruleIds: string[];
                            }[];
                        };
                    };
                };
                /** @description Malformed: a field is missing, of the wrong type, or unknown (errors name them) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller’s role, or their reach, does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The project’s stage, or the resource’s state, does not allow this now */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is larger than this endpoint takes */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A policy rule refuses it (ruleIds, violations) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporal or PostgreSQL is unavailable; nothing changed, retry with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{code}/milestone-checks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A milestone check result (R14, R15) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        milestoneId: string;
                        passed: boolean;
                        /** @default false */
                        outstanding?: boolean;
                        evidence: string;
                        /** @description SHA-256 of papers uploaded to the project */
                        documents?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            /** @enum {string} */
                            stage: "application" | "examination" | "review" | "decision" | "publicity" | "contract" | "execution" | "acceptance" | "postEvaluation" | "closed" | "rejected" | "terminated";
                            /** @description R21: 1 for the original project, +1 for each rolling-support phase */
                            phase: number;
                            policyVersion: string;
                            pendingActions: {
                                action: string;
                                /** @enum {string} */
                                ownerRole: "programmeOfficer" | "supervisor" | "expert" | "projectLead" | "financeOfficer" | "auditor" | "admin" | "recommendingAuthority" | "institution" | "commissioner" | "system";
                                /** @description The person who owns it, where one does (the PI, an expert) */
                                ownerId?: string;
                                /** @description Their name, where the project knows it (its PI, its commissioner) */
                                ownerName?: string;
                                /** @description The organisation whose role holders owe it (a recommending authority’s, R6.6) */
                                ownerOrganisationId?: string;
                                deadline?: string;
                                overdue: boolean;
                            }[];
                            milestones: {
                                id: string;
                                title: string;
                                /** Format: date-time */
                                dueAt: string;
                                /** @default [] */
                                indicators: {
                                    name: string;
                                    target: string;
                                }[];
                                /** @enum {string} */
                                status: "pending" | "passed" | "failed" | "overdue" | "acceptedLate";
                                metOnTime?: boolean;
                                /** @description R14.1: assessed as outstanding at its check */
                                outstanding?: boolean;
                                escalatedToSupervisor?: boolean;
                                /** @description The PI’s progress report, before the staff check */
                                report?: {
                                    by: string;
                                    at: string;
                                };
                            }[];
                            /** @description In fen (分) */
                            provincialSubsidy: number;
                            militaryOrder: boolean;
                            horseRaceGroup: string | null;
                            projectPool: boolean;
                            termination: {
                                reason: string;
                                basis: string;
                                actor: {
                                    id: string;
                                    /** @enum {string} */
                                    role: "programmeOfficer" | "supervisor" | "expert" | "projectLead" | "financeOfficer" | "auditor" | "admin" | "recommendingAuthority" | "institution" | "commissioner" | "system";
                                };
                                ruleIds: string[];
                            } | null;
                            /** @description The timeline entries recorded while the action ran: its own step and any it caused */
                            recorded: {
                                seq: number;
                                /** @enum {string} */
                                stage: "application" | "examination" | "review" | "decision" | "publicity" | "contract" | "execution" | "acceptance" | "postEvaluation" | "closed" | "rejected" | "terminated";
                                action: string;
                                actor: {
                                    id: string;
                                    /** @enum {string} */
                                    role: "programmeOfficer" | "supervisor" | "expert" | "projectLead" | "financeOfficer" | "auditor" | "admin" | "recommendingAuthority" | "institution" | "commissioner" | "system";
                                };
                                at: string;
                                basis?: string;
                                ruleIds: string[];
                            }[];
                        };
                    };
                };
                /** @description Malformed: a field is missing, of the wrong type, or unknown (errors name them) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller’s role, or their reach, does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The project’s stage, or the resource’s state, does not allow this now */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is larger than this endpoint takes */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A policy rule refuses it (ruleIds, violations) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporal or PostgreSQL is unavailable; nothing changed, retry with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{code}/milestone-decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Extend, accept late or terminate an overdue or failed milestone (R14.2, R20) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        decision: "extend";
                        milestoneId: string;
                        /** Format: date-time */
                        newDueAt: string;
                        evidence: {
                            /** @enum {string} */
                            procedure: "collectiveDecision" | "signOff" | "expertReview" | "onSiteInspection";
                            basis: string;
                            decidedBy: string[];
                            vote?: {
                                for: number;
                                against: number;
                                abstain: number;
                            };
                            /** @default false */
                            publicised?: boolean;
                            commitment?: {
                                noConflict: boolean;
                                noSelfInterest: boolean;
                            };
                        };
                    } | {
                        /** @enum {string} */
                        decision: "acceptLate";
                        milestoneId: string;
                        evidence: {
                            /** @enum {string} */
                            procedure: "collectiveDecision" | "signOff" | "expertReview" | "onSiteInspection";
                            basis: string;
                            decidedBy: string[];
                            vote?: {
                                for: number;
                                against: number;
                                abstain: number;
                            };
                            /** @default false */
                            publicised?: boolean;
                            commitment?: {
                                noConflict: boolean;
                                noSelfInterest: boolean;
                            };
                        };
                    } | {
                        /** @enum {string} */
                        decision: "terminate";
                        milestoneId: string;
                        /** @enum {string} */
                        finding: "subjectiveFailure" | "objectiveFailure";
                        misusedFunds?: {
                            /**
                             * @description Fen
                             * @example 100000000
                             */
                            amount: number;
                            finding: string;
                        };
                        evidence: {
                            /** @enum {string} */
                            procedure: "collectiveDecision" | "signOff" | "expertReview" | "onSiteInspection";
                            basis: string;
                            decidedBy: string[];
                            vote?: {
                                for: number;
                                against: number;
                                abstain: number;
                            };
                            /** @default false */
                            publicised?: boolean;
                            commitment?: {
                                noConflict: boolean;
                                noSelfInterest: boolean;
                            };
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            /** @enum {string} */
                            stage: "application" | "examination" | "review" | "decision" | "publicity" | "contract" | "execution" | "acceptance" | "postEvaluation" | "closed" | "rejected" | "terminated";
                            /** @description R21: 1 for the original project, +1 for each rolling-support phase */
                            phase: number;
                            policyVersion: string;
                            pendingActions: {
                                action: string;
                                /** @enum {string} */
                                ownerRole: "programmeOfficer" | "supervisor" | "expert" | "projectLead" | "financeOfficer" | "auditor" | "admin" | "recommendingAuthority" | "institution" | "commissioner" | "system";
                                /** @description The person who owns it, where one does (the PI, an expert) */
                                ownerId?: string;
                                /** @description Their name, where the project knows it (its PI, its commissioner) */
                                ownerName?: string;
                                /** @description The organisation whose role holders owe it (a recommending authority’s, R6.6) */
                                ownerOrganisationId?: string;
                                deadline?: string;
                                overdue: boolean;
                            }[];
                            milestones: {
                                id: string;
                                title: string;
                                /** Format: date-time */
                                dueAt: string;
                                /** @default [] */
                                indicators: {
                                    name: string;
                                    target: string;
                                }[];
                                /** @enum {string} */
                                status: "pending" | "passed" | "failed" | "overdue" | "acceptedLate";
                                metOnTime?: boolean;
                                /** @description R14.1: assessed as outstanding at its check */
                                outstanding?: boolean;
                                escalatedToSupervisor?: boolean;
                                /** @description The PI’s progress report, before the staff check */
                                report?: {
                                    by: string;
                                    at: string;
                                };
                            }[];
                            /** @description In fen (分) */
                            provincialSubsidy: number;
                            militaryOrder: boolean;
                            horseRaceGroup: string | null;
                            projectPool: boolean;
                            termination: {
                                reason: string;
                                basis: string;
                                actor: {
                                    id: string;
                                    /** @enum {string} */
                                    role: "programmeOfficer" | "supervisor" | "expert" | "projectLead" | "financeOfficer" | "auditor" | "admin" | "recommendingAuthority" | "institution" | "commissioner" | "system";
                                };
                                ruleIds: string[];
                            } | null;
                            /** @description The timeline entries recorded while the action ran: its own step and any it caused */
                            recorded: {
                                seq: number;
                                /** @enum {string} */
                                stage: "application" | "examination" | "review" | "decision" | "publicity" | "contract" | "execution" | "acceptance" | "postEvaluation" | "closed" | "rejected" | "terminated";
                                action: string;
                                actor: {
                                    id: string;
                                    /** @enum {string} */
                                    role: "programmeOfficer" | "supervisor" | "expert" | "projectLead" | "financeOfficer" | "auditor" | "admin" | "recommendingAuthority" | "institution" | "commissioner" | "system";
                                };
                                at: string;
                                basis?: string;
                                ruleIds: string[];
                            }[];
                        };
                    };
                };
                /** @description Malformed: a field is missing, of the wrong type, or unknown (errors name them) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller’s role, or their reach, does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The project’s stage, or the resource’s state, does not allow this now */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is larger than this endpoint takes */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A policy rule refuses it (ruleIds, violations) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporal or PostgreSQL is unavailable; nothing changed, retry with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{code}/major-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A major-event report (重大事项报告) by the PI or the undertaking institution; the department answers it by a deadline (R15) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        summary: string;
                        /** @enum {string} */
                        risk: "low" | "medium" | "high";
                        /** @description SHA-256 of papers uploaded to the project */
                        documents?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            /** @enum {string} */
                            stage: "application" | "examination" | "review" | "decision" | "publicity" | "contract" | "execution" | "acceptance" | "postEvaluation" | "closed" | "rejected" | "terminated";
                            /** @description R21: 1 for the original project, +1 for each rolling-support phase */
                            phase: number;
                            policyVersion: string;
                            pendingActions: {
                                action: string;
                                /** @enum {string} */
                                ownerRole: "programmeOfficer" | "supervisor" | "expert" | "projectLead" | "financeOfficer" | "auditor" | "admin" | "recommendingAuthority" | "institution" | "commissioner" | "system";
                                /** @description The person who owns it, where one does (the PI, an expert) */
                                ownerId?: string;
                                /** @description Their name, where the project knows it (its PI, its commissioner) */
                                ownerName?: string;
                                /** @description The organisation whose role holders owe it (a recommending authority’s, R6.6) */
                                ownerOrganisationId?: string;
                                deadline?: string;
                                overdue: boolean;
                            }[];
                            milestones: {
                                id: string;
                                title: string;
                                /** Format: date-time */
                                dueAt: string;
                                /** @default [] */
                                indicators: {
                                    name: string;
                                    target: string;
                                }[];
                                /** @enum {string} */
                                status: "pending" | "passed" | "failed" | "overdue" | "acceptedLate";
                                metOnTime?: boolean;
                                /** @description R14.1: assessed as outstanding at its check */
                                outstanding?: boolean;
                                escalatedToSupervisor?: boolean;
                                /** @description The PI’s progress report, before the staff check */
                                report?: {
                                    by: string;
                                    at: string;
                                };
                            }[];
                            /** @description In fen (分) */
                            provincialSubsidy: number;
                            militaryOrder: boolean;
                            horseRaceGroup: string | null;
                            projectPool: boolean;
                            termination: {
                                reason: string;
                                basis: string;
                                actor: {
                                    id: string;
                                    /** @enum {string} */
                                    role: "programmeOfficer" | "supervisor" | "expert" | "projectLead" | "financeOfficer" | "auditor" | "admin" | "recommendingAuthority" | "institution" | "commissioner" | "system";
                                };
                                ruleIds: string[];
                            } | null;
                            /** @description The timeline entries recorded while the action ran: its own step and any it caused */
                            recorded: {
                                seq: number;
                                /** @enum {string} */
                                stage: "application" | "examination" | "review" | "decision" | "publicity" | "contract" | "execution" | "acceptance" | "postEvaluation" | "closed" | "rejected" | "terminated";
                                action: string;
                                actor: {
                                    id: string;
                                    /** @enum {string} */
                                    role: "programmeOfficer" | "supervisor" | "expert" | "projectLead" | "financeOfficer" | "auditor" | "admin" | "recommendingAuthority" | "institution" | "commissioner" | "system";
                                };
                                at: string;
                                basis?: string;
                                ruleIds: string[];
                            }[];
                        };
                    };
                };
                /** @description Malformed: a field is missing, of the wrong type, or unknown (errors name them) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller’s role, or their reach, does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The project’s stage, or the resource’s state, does not allow this now */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is larger than this endpoint takes */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A policy rule refuses it (ruleIds, violations) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporal or PostgreSQL is unavailable; nothing changed, retry with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{code}/major-event-responses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The department answers a major event by its deadline: noted, or continue, adjust or terminate (required for a high risk; a supervisor terminates), with evidence (R15, R20) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        eventId: string;
                        /** @enum {string} */
                        decision: "noted" | "continue" | "adjust" | "terminate";
                        response: string;
                        evidence: {
                            /** @enum {string} */
                            procedure: "collectiveDecision" | "signOff" | "expertReview" | "onSiteInspection";
                            basis: string;
                            decidedBy: string[];
                            vote?: {
                                for: number;
                                against: number;
                                abstain: number;
                            };
                            /** @default false */
                            publicised?: boolean;
                            commitment?: {
                                noConflict: boolean;
                                noSelfInterest: boolean;
                            };
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            /** @enum {string} */
                            stage: "application" | "examination" | "review" | "decision" | "publicity" | "contract" | "execution" | "acceptance" | "postEvaluation" | "closed" | "rejected" | "terminated";
                            /** @description R21: 1 for the original project, +1 for each rolling-support phase */
                            phase: number;
                            policyVersion: string;
                            pendingActions: {
                                action: string;
                                /** @enum {string} */
                                ownerRole: "programmeOfficer" | "supervisor" | "expert" | "projectLead" | "financeOfficer" | "auditor" | "admin" | "recommendingAuthority" | "institution" | "commissioner" | "system";
                                /** @description The person who owns it, where one does (the PI, an expert) */
                                ownerId?: string;
                                /** @description Their name, where the project knows it (its PI, its commissioner) */
                                ownerName?: string;
                                /** @description The organisation whose role holders owe it (a recommending authority’s, R6.6) */
                                ownerOrganisationId?: string;
                                deadline?: string;
                                overdue: boolean;
                            }[];
                            milestones: {
                                id: string;
                                title: string;
                                /** Format: date-time */
                                dueAt: string;
                                /** @default [] */
                                indicators: {
                                    name: string;
                                    target: string;
                                }[];
                                /** @enum {string} */
                                status: "pending" | "passed" | "failed" | "overdue" | "acceptedLate";
                                metOnTime?: boolean;
                                /** @description R14.1: assessed as outstanding at its check */
                                outstanding?: boolean;
                                escalatedToSupervisor?: boolean;
                                /** @description The PI’s progress report, before the staff check */
                                report?: {
                                    by: string;
                                    at: string;
                                };
                            }[];
                            /** @description In fen (分) */
                            provincialSubsidy: number;
                            militaryOrder: boolean;
                            horseRaceGroup: string | null;
                            projectPool: boolean;
                            termination: {
                                reason: string;
                                basis: string;
                                actor: {
                                    id: string;
                                    /** @enum {string} */
                                    role: "programmeOfficer" | "supervisor" | "expert" | "projectLead" | "financeOfficer" | "auditor" | "admin" | "recommendingAuthority" | "institution" | "commissioner" | "system";
                                };
                                ruleIds: string[];
                            } | null;
                            /** @description The timeline entries recorded while the action ran: its own step and any it caused */
                            recorded: {
                                seq: number;
                                /** @enum {string} */
                                stage: "application" | "examination" | "review" | "decision" | "publicity" | "contract" | "execution" | "acceptance" | "postEvaluation" | "closed" | "rejected" | "terminated";
                                action: string;
                                actor: {
                                    id: string;
                                    /** @enum {string} */
                                    role: "programmeOfficer" | "supervisor" | "expert" | "projectLead" | "financeOfficer" | "auditor" | "admin" | "recommendingAuthority" | "institution" | "commissioner" | "system";
                                };
                                at: string;
                                basis?: string;
                                ruleIds: string[];
                            }[];
                        };
                    };
                };
                /** @description Malformed: a field is missing, of the wrong type, or unknown (errors name them) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller’s role, or their reach, does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The project’s stage, or the resource’s state, does not allow this now */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is larger than this endpoint takes */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A policy rule refuses it (ruleIds, violations) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporal or PostgreSQL is unavailable; nothing changed, retry with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{code}/spot-checks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A spot check’s result: of a drawn check (checkId) or one held on its own; an unsatisfactory one opens a rectification due by the policy’s deadline (R18.4) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The drawn check this result closes */
                        checkId?: string;
                        findings: string;
                        satisfactory: boolean;
                        /** @description SHA-256 of papers uploaded to the project */
                        documents?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            /** @enum {string} */
                            stage: "application" | "examination" | "review" | "decision" | "publicity" | "contract" | "execution" | "acceptance" | "postEvaluation" | "closed" | "rejected" | "terminated";
                            /** @description R21: 1 for the original project, +1 for each rolling-support phase */
                            phase: number;
                            policyVersion: string;
                            pendingActions: {
                                action: string;
                                /** @enum {string} */
                                ownerRole: "programmeOfficer" | "supervisor" | "expert" | "projectLead" | "financeOfficer" | "auditor" | "admin" | "recommendingAuthority" | "institution" | "commissioner" | "system";
                                /** @description The person who owns it, where one does (the PI, an expert) */
                                ownerId?: string;
                                /** @description Their name, where the project knows it (its PI, its commissioner) */
                                ownerName?: string;
                                /** @description The organisation whose role holders owe it (a recommending authority’s, R6.6) */
                                ownerOrganisationId?: string;
                                deadline?: string;
                                overdue: boolean;
                            }[];
                            milestones: {
                                id: string;
                                title: string;
                                /** Format: date-time */
                                dueAt: string;
                                /** @default [] */
                                indicators: {
                                    name: string;
                                    target: string;
                                }[];
                                /** @enum {string} */
                                status: "pending" | "passed" | "failed" | "overdue" | "acceptedLate";
                                metOnTime?: boolean;
                                /** @description R14.1: assessed as outstanding at its check */
                                outstanding?: boolean;
                                escalatedToSupervisor?: boolean;
                                /** @description The PI’s progress report, before the staff check */
                                report?: {
                                    by: string;
                                    at: string;
                                };
                            }[];
                            /** @description In fen (分) */
                            provincialSubsidy: number;
                            militaryOrder: boolean;
                            horseRaceGroup: string | null;
                            projectPool: boolean;
                            termination: {
                                reason: string;
                                basis: string;
                                actor: {
                                    id: string;
                                    /** @enum {string} */
                                    role: "programmeOfficer" | "supervisor" | "expert" | "projectLead" | "financeOfficer" | "auditor" | "admin" | "recommendingAuthority" | "institution" | "commissioner" | "system";
                                };
                                ruleIds: string[];
                            } | null;
                            /** @description The timeline entries recorded while the action ran: its own step and any it caused */
                            recorded: {
                                seq: number;
                                /** @enum {string} */
                                stage: "application" | "examination" | "review" | "decision" | "publicity" | "contract" | "execution" | "acceptance" | "postEvaluation" | "closed" | "rejected" | "terminated";
                                action: string;
                                actor: {
                                    id: string;
                                    /** @enum {string} */
                                    role: "programmeOfficer" | "supervisor" | "expert" | "projectLead" | "financeOfficer" | "auditor" | "admin" | "recommendingAuthority" | "institution" | "commissioner" | "system";
                                };
                                at: string;
                                basis?: string;
                                ruleIds: string[];
                            }[];
                        };
                    };
                };
                /** @description Malformed: a field is missing, of the wrong type, or unknown (errors name them) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller’s role, or their reach, does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The project’s stage, or the resource’s state, does not allow this now */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is larger than this endpoint takes */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A policy rule refuses it (ruleIds, violations) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporal or PostgreSQL is unavailable; nothing changed, retry with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{code}/spot-check-rectifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The PI or the undertaking institution reports the rectification (整改) an unsatisfactory spot check asked for, by its deadline (R18.4) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        checkId: string;
                        report: string;
                        /** @description SHA-256 of papers uploaded to the project */
                        documents?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            /** @enum {string} */
                            stage: "application" | "examination" | "review" | "decision" | "publicity" | "contract" | "execution" | "acceptance" | "postEvaluation" | "closed" | "rejected" | "terminated";
                            /** @description R21: 1 for the original project, +1 for each rolling-support phase */
                            phase: number;
                            policyVersion: string;
                            pendingActions: {
                                action: string;
                                /** @enum {string} */
                                ownerRole: "programmeOfficer" | "supervisor" | "expert" | "projectLead" | "financeOfficer" | "auditor" | "admin" | "recommendingAuthority" | "institution" | "commissioner" | "system";
                                /** @description The person who owns it, where one does (the PI, an expert) */
                                ownerId?: string;
                                /** @description Their name, where the project knows it (its PI, its commissioner) */
                                ownerName?: string;
                                /** @description The organisation whose role holders owe it (a recommending authority’s, R6.6) */
                                ownerOrganisationId?: string;
                                deadline?: string;
                                overdue: boolean;
                            }[];
                            milestones: {
                                id: string;
                                title: string;
                                /** Format: date-time */
                                dueAt: string;
                                /** @default [] */
                                indicators: {
                                    name: string;
                                    target: string;
                                }[];
                                /** @enum {string} */
                                status: "pending" | "passed" | "failed" | "overdue" | "acceptedLate";
                                metOnTime?: boolean;
                                /** @description R14.1: assessed as outstanding at its check */
                                outstanding?: boolean;
                                escalatedToSupervisor?: boolean;
                                /** @description The PI’s progress report, before the staff check */
                                report?: {
                                    by: string;
                                    at: string;
                                };
                            }[];
                            /** @description In fen (分) */
                            provincialSubsidy: number;
                            militaryOrder: boolean;
                            horseRaceGroup: string | null;
                            projectPool: boolean;
                            termination: {
                                reason: string;
                                basis: string;
                                actor: {
                                    id: string;
                                    /** @enum {string} */
                                    role: "programmeOfficer" | "supervisor" | "expert" | "projectLead" | "financeOfficer" | "auditor" | "admin" | "recommendingAuthority" | "institution" | "commissioner" | "system";
                                };
                                ruleIds: string[];
                            } | null;
                            /** @description The timeline entries recorded while the action ran: its own step and any it caused */
                            recorded: {
                                seq: number;
                                /** @enum {string} */
                                stage: "application" | "examination" | "review" | "decision" | "publicity" | "contract" | "execution" | "acceptance" | "postEvaluation" | "closed" | "rejected" | "terminated";
                                action: string;
                                actor: {
                                    id: string;
                                    /** @enum {string} */
                                    role: "programmeOfficer" | "supervisor" | "expert" | "projectLead" | "financeOfficer" | "auditor" | "admin" | "recommendingAuthority" | "institution" | "commissioner" | "system";
                                };
                                at: string;
                                basis?: string;
                                ruleIds: string[];
                            }[];
                        };
                    };
                };
                /** @description Malformed: a field is missing, of the wrong type, or unknown (errors name them) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller’s role, or their reach, does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The project’s stage, or the resource’s state, does not allow this now */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is larger than this endpoint takes */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A policy rule refuses it (ruleIds, violations) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporal or PostgreSQL is unavailable; nothing changed, retry with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{code}/commissioner": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Name the project commissioner (项目专员), who sees the project from then on and reports on it at the policy’s interval (R18.5) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        commissionerId: string;
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            /** @enum {string} */
                            stage: "application" | "examination" | "review" | "decision" | "publicity" | "contract" | "execution" | "acceptance" | "postEvaluation" | "closed" | "rejected" | "terminated";
                            /** @description R21: 1 for the original project, +1 for each rolling-support phase */
                            phase: number;
                            policyVersion: string;
                            pendingActions: {
                                action: string;
                                /** @enum {string} */
                                ownerRole: "programmeOfficer" | "supervisor" | "expert" | "projectLead" | "financeOfficer" | "auditor" | "admin" | "recommendingAuthority" | "institution" | "commissioner" | "system";
                                /** @description The person who owns it, where one does (the PI, an expert) */
                                ownerId?: string;
                                /** @description Their name, where the project knows it (its PI, its commissioner) */
                                ownerName?: string;
                                /** @description The organisation whose role holders owe it (a recommending authority’s, R6.6) */
                                ownerOrganisationId?: string;
                                deadline?: string;
                                overdue: boolean;
                            }[];
                            milestones: {
                                id: string;
                                title: string;
                                /** Format: date-time */
                                dueAt: string;
                                /** @default [] */
                                indicators: {
                                    name: string;
                                    target: string;
                                }[];
                                /** @enum {string} */
                                status: "pending" | "passed" | "failed" | "overdue" | "acceptedLate";
                                metOnTime?: boolean;
                                /** @description R14.1: assessed as outstanding at its check */
                                outstanding?: boolean;
                                escalatedToSupervisor?: boolean;
                                /** @description The PI’s progress report, before the staff check */
                                report?: {
                                    by: string;
                                    at: string;
                                };
                            }[];
                            /** @description In fen (分) */
                            provincialSubsidy: number;
                            militaryOrder: boolean;
                            horseRaceGroup: string | null;
                            projectPool: boolean;
                            termination: {
                                reason: string;
                                basis: string;
                                actor: {
                                    id: string;
                                    /** @enum {string} */
                                    role: "programmeOfficer" | "supervisor" | "expert" | "projectLead" | "financeOfficer" | "auditor" | "admin" | "recommendingAuthority" | "institution" | "commissioner" | "system";
                                };
                                ruleIds: string[];
                            } | null;
                            /** @description The timeline entries recorded while the action ran: its own step and any it caused */
                            recorded: {
                                seq: number;
                                /** @enum {string} */
                                stage: "application" | "examination" | "review" | "decision" | "publicity" | "contract" | "execution" | "acceptance" | "postEvaluation" | "closed" | "rejected" | "terminated";
                                action: string;
                                actor: {
                                    id: string;
                                    /** @enum {string} */
                                    role: "programmeOfficer" | "supervisor" | "expert" | "projectLead" | "financeOfficer" | "auditor" | "admin" | "recommendingAuthority" | "institution" | "commissioner" | "system";
                                };
                                at: string;
                                basis?: string;
                                ruleIds: string[];
                            }[];
                        };
                    };
                };
                /** @description Malformed: a field is missing, of the wrong type, or unknown (errors name them) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller’s role, or their reach, does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The project’s stage, or the resource’s state, does not allow this now */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is larger than this endpoint takes */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A policy rule refuses it (ruleIds, violations) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporal or PostgreSQL is unavailable; nothing changed, retry with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{code}/commissioner-reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The named commissioner’s periodic report on the project: on track, concerns or at risk (R18.5) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        assessment: "onTrack" | "concerns" | "atRisk";
                        findings: string;
                        /** @description SHA-256 of papers uploaded to the project */
                        documents?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            /** @enum {string} */
                            stage: "application" | "examination" | "review" | "decision" | "publicity" | "contract" | "execution" | "acceptance" | "postEvaluation" | "closed" | "rejected" | "terminated";
                            /** @description R21: 1 for the original project, +1 for each rolling-support phase */
                            phase: number;
                            policyVersion: string;
                            pendingActions: {
                                action: string;
                                /** @enum {string} */
                                ownerRole: "programmeOfficer" | "supervisor" | "expert" | "projectLead" | "financeOfficer" | "auditor" | "admin" | "recommendingAuthority" | "institution" | "commissioner" | "system";
                                /** @description The person who owns it, where one does (the PI, an expert) */
                                ownerId?: string;
                                /** @description Their name, where the project knows it (its PI, its commissioner) */
                                ownerName?: string;
                                /** @description The organisation whose role holders owe it (a recommending authority’s, R6.6) */
                                ownerOrganisationId?: string;
                                deadline?: string;
                                overdue: boolean;
                            }[];
                            milestones: {
                                id: string;
                                title: string;
                                /** Format: date-time */
                                dueAt: string;
                                /** @default [] */
                                indicators: {
                                    name: string;
                                    target: string;
                                }[];
                                /** @enum {string} */
                                status: "pending" | "passed" | "failed" | "overdue" | "acceptedLate";
                                metOnTime?: boolean;
                                /** @description R14.1: assessed as outstanding at its check */
                                outstanding?: boolean;
                                escalatedToSupervisor?: boolean;
                                /** @description The PI’s progress report, before the staff check */
                                report?: {
                                    by: string;
                                    at: string;
                                };
                            }[];
                            /** @description In fen (分) */
                            provincialSubsidy: number;
                            militaryOrder: boolean;
                            horseRaceGroup: string | null;
                            projectPool: boolean;
                            termination: {
                                reason: string;
                                basis: string;
                                actor: {
                                    id: string;
                                    /** @enum {string} */
                                    role: "programmeOfficer" | "supervisor" | "expert" | "projectLead" | "financeOfficer" | "auditor" | "admin" | "recommendingAuthority" | "institution" | "commissioner" | "system";
                                };
                                ruleIds: string[];
                            } | null;
                            /** @description The timeline entries recorded while the action ran: its own step and any it caused */
                            recorded: {
                                seq: number;
                                /** @enum {string} */
                                stage: "application" | "examination" | "review" | "decision" | "publicity" | "contract" | "execution" | "acceptance" | "postEvaluation" | "closed" | "rejected" | "terminated";
                                action: string;
                                actor: {
                                    id: string;
                                    /** @enum {string} */
                                    role: "programmeOfficer" | "supervisor" | "expert" | "projectLead" | "financeOfficer" | "auditor" | "admin" | "recommendingAuthority" | "institution" | "commissioner" | "system";
                                };
                                at: string;
                                basis?: string;
                                ruleIds: string[];
                            }[];
                        };
                    };
                };
                /** @description Malformed: a field is missing, of the wrong type, or unknown (errors name them) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller’s role, or their reach, does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The project’s stage, or the resource’s state, does not allow this now */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is larger than this endpoint takes */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A policy rule refuses it (ruleIds, violations) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporal or PostgreSQL is unavailable; nothing changed, retry with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{code}/project-pool": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Enter or leave the project pool (R22) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        member: boolean;
                        basis: string;
                        /** @description R22: the review recommendation (审核推荐); needed to enter */
                        recommendation?: string;
                        evidence: {
                            /** @enum {string} */
                            procedure: "collectiveDecision" | "signOff" | "expertReview" | "onSiteInspection";
                            basis: string;
                            decidedBy: string[];
                            vote?: {
                                for: number;
                                against: number;
                                abstain: number;
                            };
                            /** @default false */
                            publicised?: boolean;
                            commitment?: {
                                noConflict: boolean;
                                noSelfInterest: boolean;
                            };
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            /** @enum {string} */
                            stage: "application" | "examination" | "review" | "decision" | "publicity" | "contract" | "execution" | "acceptance" | "postEvaluation" | "closed" | "rejected" | "terminated";
                            /** @description R21: 1 for the original project, +1 for each rolling-support phase */
                            phase: number;
                            policyVersion: string;
                            pendingActions: {
                                action: string;
                                /** @enum {string} */
                                ownerRole: "programmeOfficer" | "supervisor" | "expert" | "projectLead" | "financeOfficer" | "auditor" | "admin" | "recommendingAuthority" | "institution" | "commissioner" | "system";
                                /** @description The person who owns it, where one does (the PI, an expert) */
                                ownerId?: string;
                                /** @description Their name, where the project knows it (its PI, its commissioner) */
                                ownerName?: string;
                                /** @description The organisation whose role holders owe it (a recommending authority’s, R6.6) */
                                ownerOrganisationId?: string;
                                deadline?: string;
                                overdue: boolean;
                            }[];
                            milestones: {
                                id: string;
                                title: string;
                                /** Format: date-time */
                                dueAt: string;
                                /** @default [] */
                                indicators: {
                                    name: string;
                                    target: string;
                                }[];
                                /** @enum {string} */
                                status: "pending" | "passed" | "failed" | "overdue" | "acceptedLate";
                                metOnTime?: boolean;
                                /** @description R14.1: assessed as outstanding at its check */
                                outstanding?: boolean;
                                escalatedToSupervisor?: boolean;
                                /** @description The PI’s progress report, before the staff check */
                                report?: {
                                    by: string;
                                    at: string;
                                };
                            }[];
                            /** @description In fen (分) */
                            provincialSubsidy: number;
                            militaryOrder: boolean;
                            horseRaceGroup: string | null;
                            projectPool: boolean;
                            termination: {
                                reason: string;
                                basis: string;
                                actor: {
                                    id: string;
                                    /** @enum {string} */
                                    role: "programmeOfficer" | "supervisor" | "expert" | "projectLead" | "financeOfficer" | "auditor" | "admin" | "recommendingAuthority" | "institution" | "commissioner" | "system";
                                };
                                ruleIds: string[];
                            } | null;
                            /** @description The timeline entries recorded while the action ran: its own step and any it caused */
                            recorded: {
                                seq: number;
                                /** @enum {string} */
                                stage: "application" | "examination" | "review" | "decision" | "publicity" | "contract" | "execution" | "acceptance" | "postEvaluation" | "closed" | "rejected" | "terminated";
                                action: string;
                                actor: {
                                    id: string;
                                    /** @enum {string} */
                                    role: "programmeOfficer" | "supervisor" | "expert" | "projectLead" | "financeOfficer" | "auditor" | "admin" | "recommendingAuthority" | "institution" | "commissioner" | "system";
                                };
                                at: string;
                                basis?: string;
                                ruleIds: string[];
                            }[];
                        };
                    };
                };
                /** @description Malformed: a field is missing, of the wrong type, or unknown (errors name them) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller’s role, or their reach, does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The project’s stage, or the resource’s state, does not allow this now */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is larger than this endpoint takes */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A policy rule refuses it (ruleIds, violations) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporal or PostgreSQL is unavailable; nothing changed, retry with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{code}/acceptance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Acceptance: panel, simplified account or platform filing (R16, R16.1, R17) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        passed: boolean;
                        /** @default [] */
                        panel?: {
                            personId: string;
                            organisationId: string;
                            /** @enum {string} */
                            role: "demandSide" | "endUser" | "leadingEnterprise" | "association" | "investor" | "technicalExpert" | "financeExpert";
                            rating?: {
                                /** @enum {string} */
                                completion: "excellent" | "good" | "pass" | "fail";
                                /** @enum {string} */
                                applicationProspects: "excellent" | "good" | "pass" | "fail";
                                promotionOpinion: string;
                            };
                        }[];
                        demandSideEvaluation?: string;
                        financialFinalAccount?: string;
                        filing?: string;
                        /** @enum {string} */
                        finding?: "subjectiveFailure" | "objectiveFailure";
                        /**
                         * @description An amount in fen (分): ¥1,000,000 = 100000000
                         * @example 100000000
                         */
                        postHocSubsidy?: number;
                        evidence: {
                            /** @enum {string} */
                            procedure: "collectiveDecision" | "signOff" | "expertReview" | "onSiteInspection";
                            basis: string;
                            decidedBy: string[];
                            vote?: {
                                for: number;
                                against: number;
                                abstain: number;
                            };
                            /** @default false */
                            publicised?: boolean;
                            commitment?: {
                                noConflict: boolean;
                                noSelfInterest: boolean;
                            };
                        };
                        /** @description SHA-256 of papers uploaded to the project */
                        documents?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            /** @enum {string} */
                            stage: "application" | "examination" | "review" | "decision" | "publicity" | "contract" | "execution" | "acceptance" | "postEvaluation" | "closed" | "rejected" | "terminated";
                            /** @description R21: 1 for the original project, +1 for each rolling-support phase */
                            phase: number;
                            policyVersion: string;
                            pendingActions: {
                                action: string;
                                /** @enum {string} */
                                ownerRole: "programmeOfficer" | "supervisor" | "expert" | "projectLead" | "financeOfficer" | "auditor" | "admin" | "recommendingAuthority" | "institution" | "commissioner" | "system";
                                /** @description The person who owns it, where one does (the PI, an expert) */
                                ownerId?: string;
                                /** @description Their name, where the project knows it (its PI, its commissioner) */
                                ownerName?: string;
                                /** @description The organisation whose role holders owe it (a recommending authority’s, R6.6) */
                                ownerOrganisationId?: string;
                                deadline?: string;
                                overdue: boolean;
                            }[];
                            milestones: {
                                id: string;
                                title: string;
                                /** Format: date-time */
                                dueAt: string;
                                /** @default [] */
                                indicators: {
                                    name: string;
                                    target: string;
                                }[];
                                /** @enum {string} */
                                status: "pending" | "passed" | "failed" | "overdue" | "acceptedLate";
                                metOnTime?: boolean;
                                /** @description R14.1: assessed as outstanding at its check */
                                outstanding?: boolean;
                                escalatedToSupervisor?: boolean;
                                /** @description The PI’s progress report, before the staff check */
                                report?: {
                                    by: string;
                                    at: string;
                                };
                            }[];
                            /** @description In fen (分) */
                            provincialSubsidy: number;
                            militaryOrder: boolean;
                            horseRaceGroup: string | null;
                            projectPool: boolean;
                            termination: {
                                reason: string;
                                basis: string;
                                actor: {
                                    id: string;
                                    /** @enum {string} */
                                    role: "programmeOfficer" | "supervisor" | "expert" | "projectLead" | "financeOfficer" | "auditor" | "admin" | "recommendingAuthority" | "institution" | "commissioner" | "system";
                                };
                                ruleIds: string[];
                            } | null;
                            /** @description The timeline entries recorded while the action ran: its own step and any it caused */
                            recorded: {
                                seq: number;
                                /** @enum {string} */
                                stage: "application" | "examination" | "review" | "decision" | "publicity" | "contract" | "execution" | "acceptance" | "postEvaluation" | "closed" | "rejected" | "terminated";
                                action: string;
                                actor: {
                                    id: string;
                                    /** @enum {string} */
                                    role: "programmeOfficer" | "supervisor" | "expert" | "projectLead" | "financeOfficer" | "auditor" | "admin" | "recommendingAuthority" | "institution" | "commissioner" | "system";
                                };
                                at: string;
                                basis?: string;
                                ruleIds: string[];
                            }[];
                        };
                    };
                };
                /** @description Malformed: a field is missing, of the wrong type, or unknown (errors name them) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller’s role, or their reach, does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The project’s stage, or the resource’s state, does not allow this now */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is larger than this endpoint takes */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A policy rule refuses it (ruleIds, violations) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporal or PostgreSQL is unavailable; nothing changed, retry with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{code}/post-evaluation-reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A yearly post-evaluation report (R23) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        year: number;
                        representativeResults: string;
                        economicAndSocialBenefits: string;
                        /** @description SHA-256 of papers uploaded to the project */
                        documents?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            /** @enum {string} */
                            stage: "application" | "examination" | "review" | "decision" | "publicity" | "contract" | "execution" | "acceptance" | "postEvaluation" | "closed" | "rejected" | "terminated";
                            /** @description R21: 1 for the original project, +1 for each rolling-support phase */
                            phase: number;
                            policyVersion: string;
                            pendingActions: {
                                action: string;
                                /** @enum {string} */
                                ownerRole: "programmeOfficer" | "supervisor" | "expert" | "projectLead" | "financeOfficer" | "auditor" | "admin" | "recommendingAuthority" | "institution" | "commissioner" | "system";
                                /** @description The person who owns it, where one does (the PI, an expert) */
                                ownerId?: string;
                                /** @description Their name, where the project knows it (its PI, its commissioner) */
                                ownerName?: string;
                                /** @description The organisation whose role holders owe it (a recommending authority’s, R6.6) */
                                ownerOrganisationId?: string;
                                deadline?: string;
                                overdue: boolean;
                            }[];
                            milestones: {
                                id: string;
                                title: string;
                                /** Format: date-time */
                                dueAt: string;
                                /** @default [] */
                                indicators: {
                                    name: string;
                                    target: string;
                                }[];
                                /** @enum {string} */
                                status: "pending" | "passed" | "failed" | "overdue" | "acceptedLate";
                                metOnTime?: boolean;
                                /** @description R14.1: assessed as outstanding at its check */
                                outstanding?: boolean;
                                escalatedToSupervisor?: boolean;
                                /** @description The PI’s progress report, before the staff check */
                                report?: {
                                    by: string;
                                    at: string;
                                };
                            }[];
                            /** @description In fen (分) */
                            provincialSubsidy: number;
                            militaryOrder: boolean;
                            horseRaceGroup: string | null;
                            projectPool: boolean;
                            termination: {
                                reason: string;
                                basis: string;
                                actor: {
                                    id: string;
                                    /** @enum {string} */
                                    role: "programmeOfficer" | "supervisor" | "expert" | "projectLead" | "financeOfficer" | "auditor" | "admin" | "recommendingAuthority" | "institution" | "commissioner" | "system";
                                };
                                ruleIds: string[];
                            } | null;
                            /** @description The timeline entries recorded while the action ran: its own step and any it caused */
                            recorded: {
                                seq: number;
                                /** @enum {string} */
                                stage: "application" | "examination" | "review" | "decision" | "publicity" | "contract" | "execution" | "acceptance" | "postEvaluation" | "closed" | "rejected" | "terminated";
                                action: string;
                                actor: {
                                    id: string;
                                    /** @enum {string} */
                                    role: "programmeOfficer" | "supervisor" | "expert" | "projectLead" | "financeOfficer" | "auditor" | "admin" | "recommendingAuthority" | "institution" | "commissioner" | "system";
                                };
                                at: string;
                                basis?: string;
                                ruleIds: string[];
                            }[];
                        };
                    };
                };
                /** @description Malformed: a field is missing, of the wrong type, or unknown (errors name them) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller’s role, or their reach, does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The project’s stage, or the resource’s state, does not allow this now */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is larger than this endpoint takes */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A policy rule refuses it (ruleIds, violations) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporal or PostgreSQL is unavailable; nothing changed, retry with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{code}/post-evaluation-ratings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The department’s rating of a reported post-evaluation year, with basis and evidence; shown at the PI’s and organisation’s later reviews and counted in their ranking (R23, R20) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        year: number;
                        /**
                         * @description 优秀 excellent, 良好 good, 合格 pass, 不合格 fail
                         * @enum {string}
                         */
                        grade: "excellent" | "good" | "pass" | "fail";
                        basis: string;
                        evidence: {
                            /** @enum {string} */
                            procedure: "collectiveDecision" | "signOff" | "expertReview" | "onSiteInspection";
                            basis: string;
                            decidedBy: string[];
                            vote?: {
                                for: number;
                                against: number;
                                abstain: number;
                            };
                            /** @default false */
                            publicised?: boolean;
                            commitment?: {
                                noConflict: boolean;
                                noSelfInterest: boolean;
                            };
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            /** @enum {string} */
                            stage: "application" | "examination" | "review" | "decision" | "publicity" | "contract" | "execution" | "acceptance" | "postEvaluation" | "closed" | "rejected" | "terminated";
                            /** @description R21: 1 for the original project, +1 for each rolling-support phase */
                            phase: number;
                            policyVersion: string;
                            pendingActions: {
                                action: string;
                                /** @enum {string} */
                                ownerRole: "programmeOfficer" | "supervisor" | "expert" | "projectLead" | "financeOfficer" | "auditor" | "admin" | "recommendingAuthority" | "institution" | "commissioner" | "system";
                                /** @description The person who owns it, where one does (the PI, an expert) */
                                ownerId?: string;
                                /** @description Their name, where the project knows it (its PI, its commissioner) */
                                ownerName?: string;
                                /** @description The organisation whose role holders owe it (a recommending authority’s, R6.6) */
                                ownerOrganisationId?: string;
                                deadline?: string;
                                overdue: boolean;
                            }[];
                            milestones: {
                                id: string;
                                title: string;
                                /** Format: date-time */
                                dueAt: string;
                                /** @default [] */
                                indicators: {
                                    name: string;
                                    target: string;
                                }[];
                                /** @enum {string} */
                                status: "pending" | "passed" | "failed" | "overdue" | "acceptedLate";
                                metOnTime?: boolean;
                                /** @description R14.1: assessed as outstanding at its check */
                                outstanding?: boolean;
                                escalatedToSupervisor?: boolean;
                                /** @description The PI’s progress report, before the staff check */
                                report?: {
                                    by: string;
                                    at: string;
                                };
                            }[];
                            /** @description In fen (分) */
                            provincialSubsidy: number;
                            militaryOrder: boolean;
                            horseRaceGroup: string | null;
                            projectPool: boolean;
                            termination: {
                                reason: string;
                                basis: string;
                                actor: {
                                    id: string;
                                    /** @enum {string} */
                                    role: "programmeOfficer" | "supervisor" | "expert" | "projectLead" | "financeOfficer" | "auditor" | "admin" | "recommendingAuthority" | "institution" | "commissioner" | "system";
                                };
                                ruleIds: string[];
                            } | null;
                            /** @description The timeline entries recorded while the action ran: its own step and any it caused */
                            recorded: {
                                seq: number;
                                /** @enum {string} */
                                stage: "application" | "examination" | "review" | "decision" | "publicity" | "contract" | "execution" | "acceptance" | "postEvaluation" | "closed" | "rejected" | "terminated";
                                action: string;
                                actor: {
                                    id: string;
                                    /** @enum {string} */
                                    role: "programmeOfficer" | "supervisor" | "expert" | "projectLead" | "financeOfficer" | "auditor" | "admin" | "recommendingAuthority" | "institution" | "commissioner" | "system";
                                };
                                at: string;
                                basis?: string;
                                ruleIds: string[];
                            }[];
                        };
                    };
                };
                /** @description Malformed: a field is missing, of the wrong type, or unknown (errors name them) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller’s role, or their reach, does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The project’s stage, or the resource’s state, does not allow this now */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is larger than this endpoint takes */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A policy rule refuses it (ruleIds, violations) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporal or PostgreSQL is unavailable; nothing changed, retry with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{code}/termination": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Terminate from any open stage (R13, R14.2, R15); supervisors only */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                        basis: string;
                        misusedFunds?: {
                            /**
                             * @description Fen
                             * @example 100000000
                             */
                            amount: number;
                            finding: string;
                        };
                        evidence: {
                            /** @enum {string} */
                            procedure: "collectiveDecision" | "signOff" | "expertReview" | "onSiteInspection";
                            basis: string;
                            decidedBy: string[];
                            vote?: {
                                for: number;
                                against: number;
                                abstain: number;
                            };
                            /** @default false */
                            publicised?: boolean;
                            commitment?: {
                                noConflict: boolean;
                                noSelfInterest: boolean;
                            };
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            accepted: true;
                            stage: string;
                        };
                    };
                };
                /** @description Malformed: a field is missing, of the wrong type, or unknown (errors name them) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller’s role, or their reach, does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The project’s stage, or the resource’s state, does not allow this now */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is larger than this endpoint takes */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A policy rule refuses it (ruleIds, violations) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporal or PostgreSQL is unavailable; nothing changed, retry with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{code}/rolling-support": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Follow-on support under the same project identity (R21) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        phaseTitle: string;
                        /**
                         * @description Fen (分) of further provincial subsidy: ¥500,000 = 50000000
                         * @example 50000000
                         */
                        additionalSubsidy: number;
                        milestones: {
                            id: string;
                            title: string;
                            /** Format: date-time */
                            dueAt: string;
                            /** @default [] */
                            indicators?: {
                                name: string;
                                target: string;
                            }[];
                        }[];
                        /** Format: date-time */
                        contractEndsAt: string;
                        basis: string;
                        evidence: {
                            /** @enum {string} */
                            procedure: "collectiveDecision" | "signOff" | "expertReview" | "onSiteInspection";
                            basis: string;
                            decidedBy: string[];
                            vote?: {
                                for: number;
                                against: number;
                                abstain: number;
                            };
                            /** @default false */
                            publicised?: boolean;
                            commitment?: {
                                noConflict: boolean;
                                noSelfInterest: boolean;
                            };
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            accepted: true;
                            stage: string;
                        };
                    };
                };
                /** @description Malformed: a field is missing, of the wrong type, or unknown (errors name them) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller’s role, or their reach, does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The project’s stage, or the resource’s state, does not allow this now */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is larger than this endpoint takes */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A policy rule refuses it (ruleIds, violations) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporal or PostgreSQL is unavailable; nothing changed, retry with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{code}/direct-support": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Direct support, without a call, of a project-pool member whose breakthrough was demonstrated (论证): a new phase as rolling support is (R22, R20) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        phaseTitle: string;
                        /**
                         * @description Fen (分) of further provincial subsidy: ¥500,000 = 50000000
                         * @example 50000000
                         */
                        additionalSubsidy: number;
                        milestones: {
                            id: string;
                            title: string;
                            /** Format: date-time */
                            dueAt: string;
                            /** @default [] */
                            indicators?: {
                                name: string;
                                target: string;
                            }[];
                        }[];
                        /** Format: date-time */
                        contractEndsAt: string;
                        basis: string;
                        evidence: {
                            /** @enum {string} */
                            procedure: "collectiveDecision" | "signOff" | "expertReview" | "onSiteInspection";
                            basis: string;
                            decidedBy: string[];
                            vote?: {
                                for: number;
                                against: number;
                                abstain: number;
                            };
                            /** @default false */
                            publicised?: boolean;
                            commitment?: {
                                noConflict: boolean;
                                noSelfInterest: boolean;
                            };
                        };
                        /** @description R22: the breakthrough and the demonstration (论证) that showed it */
                        breakthrough: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            accepted: true;
                            stage: string;
                        };
                    };
                };
                /** @description Malformed: a field is missing, of the wrong type, or unknown (errors name them) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller’s role, or their reach, does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The project’s stage, or the resource’s state, does not allow this now */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is larger than this endpoint takes */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A policy rule refuses it (ruleIds, violations) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporal or PostgreSQL is unavailable; nothing changed, retry with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/experts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Review experts */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                name: string;
                                organisationId: string;
                                /** @default false */
                                fromEnterprise: boolean;
                                /** @default [] */
                                specialties: string[];
                                /** @default [] */
                                declaredConflicts: string[];
                            }[];
                        };
                    };
                };
                /** @description Malformed: a field is missing, of the wrong type, or unknown (errors name them) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller’s role, or their reach, does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The project’s stage, or the resource’s state, does not allow this now */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A policy rule refuses it (ruleIds, violations) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporal or PostgreSQL is unavailable; nothing changed, retry with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Register a review expert with declared conflicts (R9, R18.2) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        organisationId: string;
                        /** @default false */
                        fromEnterprise?: boolean;
                        /** @default [] */
                        specialties?: string[];
                        /** @default [] */
                        declaredConflicts?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            organisationId: string;
                            /** @default false */
                            fromEnterprise: boolean;
                            /** @default [] */
                            specialties: string[];
                            /** @default [] */
                            declaredConflicts: string[];
                        };
                    };
                };
                /** @description Malformed: a field is missing, of the wrong type, or unknown (errors name them) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller’s role, or their reach, does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The project’s stage, or the resource’s state, does not allow this now */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is larger than this endpoint takes */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A policy rule refuses it (ruleIds, violations) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporal or PostgreSQL is unavailable; nothing changed, retry with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/lists/{id}/expert-recommendations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The experts recommended for the entry’s review panels (R9) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                expertId: string;
                                basis: string;
                                recommendedBy: string;
                                recommendedAt: string;
                            }[];
                        };
                    };
                };
                /** @description Malformed: a field is missing, of the wrong type, or unknown (errors name them) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller’s role, or their reach, does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The project’s stage, or the resource’s state, does not allow this now */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A policy rule refuses it (ruleIds, violations) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporal or PostgreSQL is unavailable; nothing changed, retry with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Recommend named experts (精准推荐, R9) for the entry’s review panels: seated beside the random draw when they pass recusal (R18.2) and integrity (R19) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        expertIds: string[];
                        /** @description Why these experts (精准推荐的理由) */
                        basis: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                expertId: string;
                                basis: string;
                                recommendedBy: string;
                                recommendedAt: string;
                            }[];
                        };
                    };
                };
                /** @description Malformed: a field is missing, of the wrong type, or unknown (errors name them) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller’s role, or their reach, does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The project’s stage, or the resource’s state, does not allow this now */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is larger than this endpoint takes */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A policy rule refuses it (ruleIds, violations) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporal or PostgreSQL is unavailable; nothing changed, retry with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/integrity-records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Integrity records of a subject (R14.2, R19) */
        get: {
            parameters: {
                query: {
                    subjectId: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                /** @enum {string} */
                                subjectType: "person" | "organisation";
                                subjectId: string;
                                /** @enum {string} */
                                kind: "ban" | "finding" | "commendation";
                                ruleId: string;
                                /** Format: date */
                                startsOn: string;
                                /** Format: date */
                                endsOn?: string;
                                basis: string;
                            }[];
                        };
                    };
                };
                /** @description Malformed: a field is missing, of the wrong type, or unknown (errors name them) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller’s role, or their reach, does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The project’s stage, or the resource’s state, does not allow this now */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A policy rule refuses it (ruleIds, violations) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporal or PostgreSQL is unavailable; nothing changed, retry with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Record a ban, finding or commendation (R14, R19) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        subjectType: "person" | "organisation";
                        subjectId: string;
                        /** @enum {string} */
                        kind: "ban" | "finding" | "commendation";
                        ruleId: string;
                        /** Format: date */
                        startsOn: string;
                        /** Format: date */
                        endsOn?: string;
                        basis: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            subjectType: "person" | "organisation";
                            subjectId: string;
                            /** @enum {string} */
                            kind: "ban" | "finding" | "commendation";
                            ruleId: string;
                            /** Format: date */
                            startsOn: string;
                            /** Format: date */
                            endsOn?: string;
                            basis: string;
                        };
                    };
                };
                /** @description Malformed: a field is missing, of the wrong type, or unknown (errors name them) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller’s role, or their reach, does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The project’s stage, or the resource’s state, does not allow this now */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is larger than this endpoint takes */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A policy rule refuses it (ruleIds, violations) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporal or PostgreSQL is unavailable; nothing changed, retry with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commendations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** R14.1 commendations: PIs whose military orders were met on time with outstanding performance, for talent recommendation and science-award priority */
        get: {
            parameters: {
                query?: {
                    subjectId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                subjectId: string;
                                projectCode: string | null;
                                title: string | null;
                                strategicField: string | null;
                                /** @description The date it was earned (Asia/Shanghai) */
                                on: string;
                                basis: string;
                            }[];
                        };
                    };
                };
                /** @description Malformed: a field is missing, of the wrong type, or unknown (errors name them) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller’s role, or their reach, does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The project’s stage, or the resource’s state, does not allow this now */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A policy rule refuses it (ruleIds, violations) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporal or PostgreSQL is unavailable; nothing changed, retry with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/contact": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Where reminders reach me: e-mail and/or webhook, and language */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        /** Format: email */
                        email?: string;
                        /** Format: uri */
                        webhookUrl?: string;
                        /**
                         * @default zh-CN
                         * @enum {string}
                         */
                        language?: "zh-CN" | "en";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            name: string;
                            /** Format: email */
                            email?: string;
                            /** Format: uri */
                            webhookUrl?: string;
                            /**
                             * @default zh-CN
                             * @enum {string}
                             */
                            language: "zh-CN" | "en";
                        };
                    };
                };
                /** @description Malformed: a field is missing, of the wrong type, or unknown (errors name them) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller’s role, or their reach, does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The project’s stage, or the resource’s state, does not allow this now */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is larger than this endpoint takes */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A policy rule refuses it (ruleIds, violations) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporal or PostgreSQL is unavailable; nothing changed, retry with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/reminders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My reminders, newest first, with their delivery status */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                kind: string;
                                projectCode: string | null;
                                action: string | null;
                                deadline: string | null;
                                subject: string;
                                body: string;
                                dueAt: string;
                                status: string;
                                channel: string | null;
                                sentAt: string | null;
                            }[];
                        };
                    };
                };
                /** @description Malformed: a field is missing, of the wrong type, or unknown (errors name them) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller’s role, or their reach, does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The project’s stage, or the resource’s state, does not allow this now */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A policy rule refuses it (ruleIds, violations) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporal or PostgreSQL is unavailable; nothing changed, retry with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/portfolio/kpis": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** R10 portfolio targets over approved projects (reported, never used to refuse one) */
        get: {
            parameters: {
                query?: {
                    callListYear?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            policyVersion: string;
                            projects: number;
                            kpis: {
                                /** @enum {string} */
                                id: "manufacturingShare" | "enterpriseLedShare" | "mountainOrIslandShare" | "youngPiShare";
                                /** @enum {string} */
                                ruleId: "R10";
                                count: number;
                                total: number;
                                shareBp: number;
                                targetBp: number | null;
                                met: boolean | null;
                            }[];
                        };
                    };
                };
                /** @description Malformed: a field is missing, of the wrong type, or unknown (errors name them) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller’s role, or their reach, does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The project’s stage, or the resource’s state, does not allow this now */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A policy rule refuses it (ruleIds, violations) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporal or PostgreSQL is unavailable; nothing changed, retry with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{code}/ledger": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The project’s funds ledger: every approval, instalment, disbursement, spending report, reclamation and receipt, and the balances derived from them */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            balances: {
                                /** @description Fen */
                                approved: number;
                                /** @description Fen */
                                planned: number;
                                /** @description Fen */
                                paid: number;
                                /** @description Fen */
                                spent: number;
                                /** @description Fen */
                                selfRaisedSpent: number;
                                /** @description Fen */
                                unspent: number;
                                /** @description Fen */
                                reclaimed: number;
                                /** @description Fen */
                                received: number;
                                /** @description Fen */
                                outstanding: number;
                            };
                            phases: {
                                phase: number;
                                balances: {
                                    /** @description Fen */
                                    approved: number;
                                    /** @description Fen */
                                    planned: number;
                                    /** @description Fen */
                                    paid: number;
                                    /** @description Fen */
                                    spent: number;
                                    /** @description Fen */
                                    selfRaisedSpent: number;
                                    /** @description Fen */
                                    unspent: number;
                                    /** @description Fen */
                                    reclaimed: number;
                                    /** @description Fen */
                                    received: number;
                                    /** @description Fen */
                                    outstanding: number;
                                };
                            }[];
                            entries: {
                                entryKey: string;
                                phase: number;
                                /** @enum {string} */
                                kind: "approval" | "approvalAdjustment" | "instalmentPlanned" | "disbursement" | "spendingReport" | "reclamationDemand" | "receipt";
                                /** @description Fen */
                                amount: number;
                                /** @description Fen */
                                selfRaised: number;
                                instalment?: number;
                                /** @description What allowed the entry: the gate of an instalment, a termination */
                                gate?: string;
                                occurredOn: string;
                                dueOn?: string;
                                actorId: string;
                                actorRole: string;
                                basis: string;
                                ruleIds: string[];
                                details: {
                                    [key: string]: unknown;
                                };
                                recordedAt: string;
                            }[];
                        };
                    };
                };
                /** @description Malformed: a field is missing, of the wrong type, or unknown (errors name them) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller’s role, or their reach, does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The project’s stage, or the resource’s state, does not allow this now */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A policy rule refuses it (ruleIds, violations) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporal or PostgreSQL is unavailable; nothing changed, retry with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{code}/receipts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Finance records money repaid against the project’s reclamation demands (R13); at most what is outstanding */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description Fen
                         * @example 100000000
                         */
                        amount: number;
                        /** Format: date */
                        receivedOn: string;
                        voucher: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            entryKey: string;
                            /** @description Fen */
                            outstanding: number;
                        };
                    };
                };
                /** @description Malformed: a field is missing, of the wrong type, or unknown (errors name them) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller’s role, or their reach, does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The project’s stage, or the resource’s state, does not allow this now */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is larger than this endpoint takes */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A policy rule refuses it (ruleIds, violations) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporal or PostgreSQL is unavailable; nothing changed, retry with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ledger/totals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Portfolio totals of the funds ledger by call-list year, strategic field, county or funding mode (R11); CSV with format=csv or Accept: text/csv */
        get: {
            parameters: {
                query?: {
                    by?: "year" | "field" | "county" | "fundingMode";
                    format?: "json" | "csv";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            by: "year" | "field" | "county" | "fundingMode";
                            items: {
                                /** @description Fen */
                                approved: number;
                                /** @description Fen */
                                planned: number;
                                /** @description Fen */
                                paid: number;
                                /** @description Fen */
                                spent: number;
                                /** @description Fen */
                                selfRaisedSpent: number;
                                /** @description Fen */
                                unspent: number;
                                /** @description Fen */
                                reclaimed: number;
                                /** @description Fen */
                                received: number;
                                /** @description Fen */
                                outstanding: number;
                                group: string;
                                projects: number;
                            }[];
                        } | string;
                    };
                };
                /** @description Malformed: a field is missing, of the wrong type, or unknown (errors name them) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller’s role, or their reach, does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The project’s stage, or the resource’s state, does not allow this now */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A policy rule refuses it (ruleIds, violations) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporal or PostgreSQL is unavailable; nothing changed, retry with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{code}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The papers attached to the project, by kind, with their SHA-256 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                sha256: string;
                                kind: string;
                                fileName: string;
                                mediaType: string;
                                /** @description Bytes */
                                size: number;
                                uploadedBy: string;
                                uploadedAt: string;
                            }[];
                        };
                    };
                };
                /** @description Malformed: a field is missing, of the wrong type, or unknown (errors name them) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller’s role, or their reach, does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The project’s stage, or the resource’s state, does not allow this now */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A policy rule refuses it (ruleIds, violations) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporal or PostgreSQL is unavailable; nothing changed, retry with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Attach a paper to the project: the body is the file itself (application/pdf, application/ofd, application/vnd.openxmlformats-officedocument.wordprocessingml.document, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, image/png, image/jpeg, text/plain; at most 20 MiB, else 413; another type 415); steps name it by the SHA-256 answered */
        post: {
            parameters: {
                query: {
                    kind: "applicationForm" | "recommendationLetter" | "commitmentLetter" | "contract" | "militaryOrder" | "progressReport" | "finalReport" | "financialFinalAccount" | "spendingReport" | "evaluation" | "filing" | "other";
                    fileName: string;
                };
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            sha256: string;
                            kind: string;
                            fileName: string;
                            mediaType: string;
                            /** @description Bytes */
                            size: number;
                            uploadedBy: string;
                            uploadedAt: string;
                        };
                    };
                };
                /** @description Malformed: a field is missing, of the wrong type, or unknown (errors name them) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller’s role, or their reach, does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The project’s stage, or the resource’s state, does not allow this now */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is larger than this endpoint takes */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A policy rule refuses it (ruleIds, violations) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporal or PostgreSQL is unavailable; nothing changed, retry with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{code}/documents/{sha256}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download one of the project’s papers (logged) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                    sha256: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The file itself, in the media type it was uploaded with */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/octet-stream": string;
                    };
                };
                /** @description Malformed: a field is missing, of the wrong type, or unknown (errors name them) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller’s role, or their reach, does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The project’s stage, or the resource’s state, does not allow this now */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A policy rule refuses it (ruleIds, violations) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporal or PostgreSQL is unavailable; nothing changed, retry with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/codec/decode": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Open sealed payloads for the Temporal Web UI (staff who read every project; audited) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        payloads: {
                            metadata?: {
                                [key: string]: string;
                            };
                            data?: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            payloads: {
                                metadata?: {
                                    [key: string]: string;
                                };
                                data?: string;
                            }[];
                        };
                    };
                };
                /** @description Malformed: a field is missing, of the wrong type, or unknown (errors name them) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller’s role, or their reach, does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The project’s stage, or the resource’s state, does not allow this now */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is larger than this endpoint takes */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A policy rule refuses it (ruleIds, violations) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporal or PostgreSQL is unavailable; nothing changed, retry with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/codec/{key}/decode": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Open sealed payloads for the Temporal Web UI (staff who read every project; audited)
         * @description The same, for a UI that cannot send an Authorization header: the API key is the path parameter
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        payloads: {
                            metadata?: {
                                [key: string]: string;
                            };
                            data?: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            payloads: {
                                metadata?: {
                                    [key: string]: string;
                                };
                                data?: string;
                            }[];
                        };
                    };
                };
                /** @description Malformed: a field is missing, of the wrong type, or unknown (errors name them) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller’s role, or their reach, does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The project’s stage, or the resource’s state, does not allow this now */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is larger than this endpoint takes */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A policy rule refuses it (ruleIds, violations) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporal or PostgreSQL is unavailable; nothing changed, retry with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/spot-check-draws": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every spot-check draw, newest first, with its seed and population (R18.4) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                drawnAt: string;
                                drawnBy: string;
                                policyVersion: string;
                                /** @description Draw again with this seed over `population` to get `drawn` (rules/spot-checks) */
                                seed: string;
                                /** @description The policy’s share of the population drawn, in basis points */
                                shareBp: number;
                                checkBy: string;
                                scope: {
                                    listEntryId?: string;
                                    strategicField?: string;
                                };
                                population: string[];
                                drawn: string[];
                            }[];
                        };
                    };
                };
                /** @description Malformed: a field is missing, of the wrong type, or unknown (errors name them) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller’s role, or their reach, does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The project’s stage, or the resource’s state, does not allow this now */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A policy rule refuses it (ruleIds, violations) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporal or PostgreSQL is unavailable; nothing changed, retry with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Draw the policy’s share of the projects in execution for a spot check, from a recorded seed; each drawn project owes its check by checkBy (R18.4) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: date-time
                         * @description When the drawn projects are to have been checked
                         */
                        checkBy: string;
                        seed?: string;
                        /** @default {} */
                        scope?: {
                            listEntryId?: string;
                            strategicField?: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            drawnAt: string;
                            drawnBy: string;
                            policyVersion: string;
                            /** @description Draw again with this seed over `population` to get `drawn` (rules/spot-checks) */
                            seed: string;
                            /** @description The policy’s share of the population drawn, in basis points */
                            shareBp: number;
                            checkBy: string;
                            scope: {
                                listEntryId?: string;
                                strategicField?: string;
                            };
                            population: string[];
                            drawn: string[];
                            opened: string[];
                            notOpened: {
                                code: string;
                                detail: string;
                            }[];
                        };
                    };
                };
                /** @description Malformed: a field is missing, of the wrong type, or unknown (errors name them) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller’s role, or their reach, does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The project’s stage, or the resource’s state, does not allow this now */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is larger than this endpoint takes */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A policy rule refuses it (ruleIds, violations) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporal or PostgreSQL is unavailable; nothing changed, retry with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/spot-check-draws/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One spot-check draw as it was made: seed, share, population and the projects drawn (R18.4) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            drawnAt: string;
                            drawnBy: string;
                            policyVersion: string;
                            /** @description Draw again with this seed over `population` to get `drawn` (rules/spot-checks) */
                            seed: string;
                            /** @description The policy’s share of the population drawn, in basis points */
                            shareBp: number;
                            checkBy: string;
                            scope: {
                                listEntryId?: string;
                                strategicField?: string;
                            };
                            population: string[];
                            drawn: string[];
                        };
                    };
                };
                /** @description Malformed: a field is missing, of the wrong type, or unknown (errors name them) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller’s role, or their reach, does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The project’s stage, or the resource’s state, does not allow this now */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A policy rule refuses it (ruleIds, violations) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporal or PostgreSQL is unavailable; nothing changed, retry with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{code}/track-record": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The post-evaluation ratings of the earlier projects of this application’s PI and lead organisation, the points they add to its ranking, and the PI’s commendations (R23, R14.1) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            principalInvestigatorId: string;
                            leadOrganisationId: string;
                            ratings: {
                                code: string;
                                title: string;
                                year: number;
                                /** @enum {string} */
                                grade: "excellent" | "good" | "pass" | "fail";
                                basis: string;
                                ratedAt: string;
                                ofPrincipalInvestigator: boolean;
                                ofLeadOrganisation: boolean;
                            }[];
                            /** @description Review-score points the ratings add (policy) */
                            rankingAdjustment: number;
                            commendations: {
                                projectCode: string | null;
                                on: string;
                            }[];
                        };
                    };
                };
                /** @description Malformed: a field is missing, of the wrong type, or unknown (errors name them) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller’s role, or their reach, does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The project’s stage, or the resource’s state, does not allow this now */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A policy rule refuses it (ruleIds, violations) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporal or PostgreSQL is unavailable; nothing changed, retry with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/results-showcase": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The results showcase (晾晒比拼): accepted projects’ representative results, benefits and latest post-evaluation grade, by field and year of acceptance (R21, R23) */
        get: {
            parameters: {
                query?: {
                    field?: string;
                    /** @description The Asia/Shanghai year of acceptance */
                    year?: string;
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                code: string;
                                title: string;
                                strategicField: string;
                                year: string;
                                leadOrganisation: string;
                                principalInvestigator: string;
                                stage: string;
                                acceptedAt: string;
                                representativeResults: string | null;
                                economicAndSocialBenefits: string | null;
                                /** @enum {string|null} */
                                latestGrade: "excellent" | "good" | "pass" | "fail" | null;
                                awardCandidate: boolean;
                            }[];
                            total: number;
                            limit: number;
                            offset: number;
                        };
                    };
                };
                /** @description Malformed: a field is missing, of the wrong type, or unknown (errors name them) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller’s role, or their reach, does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The project’s stage, or the resource’s state, does not allow this now */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A policy rule refuses it (ruleIds, violations) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporal or PostgreSQL is unavailable; nothing changed, retry with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{code}/award-candidacy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Enter an accepted project with major results in the science-award candidate pool (科技奖励候选成果库), with evidence (R21, R20) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        majorResults: string;
                        evidence: {
                            /** @enum {string} */
                            procedure: "collectiveDecision" | "signOff" | "expertReview" | "onSiteInspection";
                            basis: string;
                            decidedBy: string[];
                            vote?: {
                                for: number;
                                against: number;
                                abstain: number;
                            };
                            /** @default false */
                            publicised?: boolean;
                            commitment?: {
                                noConflict: boolean;
                                noSelfInterest: boolean;
                            };
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            enteredBy: string;
                        };
                    };
                };
                /** @description Malformed: a field is missing, of the wrong type, or unknown (errors name them) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller’s role, or their reach, does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The project’s stage, or the resource’s state, does not allow this now */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is larger than this endpoint takes */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A policy rule refuses it (ruleIds, violations) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporal or PostgreSQL is unavailable; nothing changed, retry with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/award-candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The science-award candidate pool: projects entered for major results (R21) and those a military order commended (R14.1), newest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                code: string;
                                title: string;
                                strategicField: string;
                                leadOrganisation: string;
                                principalInvestigator: string;
                                grounds: ("majorResults" | "commendation")[];
                                majorResults: string | null;
                                enteredAt: string;
                            }[];
                        };
                    };
                };
                /** @description Malformed: a field is missing, of the wrong type, or unknown (errors name them) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller’s role, or their reach, does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The project’s stage, or the resource’s state, does not allow this now */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A policy rule refuses it (ruleIds, violations) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporal or PostgreSQL is unavailable; nothing changed, retry with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My inbox: every step I owe, as a person or through my role (and the organisations I act for), across projects and call-list entries, earliest deadline first */
        get: {
            parameters: {
                query?: {
                    /** @description true: only steps past their deadline */
                    overdue?: string;
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                action: string;
                                /** @enum {string} */
                                ownerRole: "programmeOfficer" | "supervisor" | "expert" | "projectLead" | "financeOfficer" | "auditor" | "admin" | "recommendingAuthority" | "institution" | "commissioner" | "system";
                                /** @description The person who owns it, where one does (the PI, an expert) */
                                ownerId?: string;
                                /** @description Their name, where the project knows it (its PI, its commissioner) */
                                ownerName?: string;
                                /** @description The organisation whose role holders owe it (a recommending authority’s, R6.6) */
                                ownerOrganisationId?: string;
                                deadline?: string;
                                overdue: boolean;
                                /** @enum {string} */
                                subject: "project" | "listEntry";
                                projectCode?: string;
                                listEntryId?: string;
                                title: string;
                                stage: string;
                                /** @description The project, where the step is taken */
                                link: string;
                            }[];
                            total: number;
                            limit: number;
                            offset: number;
                        };
                    };
                };
                /** @description Malformed: a field is missing, of the wrong type, or unknown (errors name them) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller’s role, or their reach, does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The project’s stage, or the resource’s state, does not allow this now */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A policy rule refuses it (ruleIds, violations) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporal or PostgreSQL is unavailable; nothing changed, retry with the same Idempotency-Key */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description RFC 9457 problem details, in zh-CN when the request asks with Accept-Language: zh-CN */
        Problem: {
            /** @example https://gongguan.example/problems/rule-violation */
            type: string;
            /** @example Policy rule violated */
            title: string;
            /** @example 422 */
            status: number;
            /** @example R12: the subsidy may only go down */
            detail: string;
            /** @example /projects/ZJ-2026-00042/decision */
            instance?: string;
            /** @description The fields that are wrong (400) */
            errors?: {
                /** @example body.approvedSubsidy */
                field: string;
                message: string;
            }[];
            /** @description The rules violated (422) */
            ruleIds?: string[];
            /** @description Each rule violated: its fields, what it requires, what was found, in both languages (422) */
            violations?: {
                ruleId?: string;
                fields?: string[];
                required?: string;
                actual?: string;
                message?: {
                    "zh-CN"?: string;
                    en?: string;
                };
            }[];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
