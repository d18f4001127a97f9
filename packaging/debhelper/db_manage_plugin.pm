# The dh add-on behind "dh $@ --with db-manage-plugin": fills in a plugin
# package's ${db-manage:Depends} once its files are in place.
use strict;
use warnings;
use Debian::Debhelper::Dh_Lib;

insert_before('dh_gencontrol', 'dh_db-manage-plugin');

1;
