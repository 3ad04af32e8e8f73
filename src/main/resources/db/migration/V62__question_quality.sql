-- the generator's quality score of an item (0..1, null for items a teacher wrote) and why it lost points
alter table question
    add column quality       double precision check (quality between 0 and 1),
    add column quality_notes text;
