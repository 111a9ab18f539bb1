-- Reads made for an applicant's submission were logged as the applicant's name with "（一网通办申请）" appended, which
-- an English screen then showed in Chinese. They are now logged with requester_type 'application' and the plain name;
-- the rows written the old way are rewritten to match.
UPDATE "share_log" SET "requester_type" = 'application', "requester_name" = left("requester_name", length("requester_name") - length('（一网通办申请）'))
WHERE "requester_name" LIKE '%（一网通办申请）';
