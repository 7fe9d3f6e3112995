"""档案借阅 room: applications, approvals, the lending register, the catalogue, confidential-file
access requests and destruction."""
