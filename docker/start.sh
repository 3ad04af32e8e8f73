#!/bin/sh
# Starts the packaged app. The JVM keeps the classes it loaded in an archive when it stops, and each later start maps
# that archive instead of loading them again (Application Class Data Sharing), which cuts the time to ready. An
# archive of another build is refused by the JVM, which then starts without it; delete the file to make a new one.
# BATTLEQUIZ_APP_DIR: the folder of quarkus-run.jar (default /deployments); BATTLEQUIZ_CDS_ARCHIVE: the archive's
# path (default cds/app.jsa under it; "off" starts without one). JAVA_OPTS_APPEND: more JVM options.
app_dir=${BATTLEQUIZ_APP_DIR:-/deployments}
archive=${BATTLEQUIZ_CDS_ARCHIVE:-$app_dir/cds/app.jsa}
if [ "$archive" = off ]; then
  cds=""
elif [ -f "$archive" ]; then
  cds="-XX:SharedArchiveFile=$archive"
else
  mkdir -p "$(dirname "$archive")" && cds="-XX:ArchiveClassesAtExit=$archive"
fi
exec java $cds $JAVA_OPTS_APPEND -jar "$app_dir/quarkus-run.jar"
