// The blazar plugin's private list of revisions, one function per file in
// revisions/, named after the upstream revision id. Only plugin.cpp and the
// plugin's tests include this; the host never sees it.
#pragma once

#include <dbm/revision.h>

namespace dbm::blazar {

Revision rev_0_1();            ///< Icehouse Initial
Revision rev_10e34bba18e8();   ///< Add service name to ComputeHost
Revision rev_2bcfe76b0474();   ///< Change tenant to project
Revision rev_23d6240b51b2();   ///< Add status to leases
Revision rev_1fd6c2eded89();   ///< Add trust_id to ComputeHost
Revision rev_7f1a7bbb2cd2();   ///< Add aggregate_id field into the computehost_reservations table
Revision rev_8805be233864();   ///< instance-reservation-table
Revision rev_ba75b766b64e();   ///< Add before_end into computehost_reservations table
Revision rev_6bfd1c23aa18();   ///< Allow duplicate lease names
Revision rev_97d2cad1504e();   ///< Add fields for resource monitoring
Revision rev_e66f199a5414();   ///< Delete unused status related fields
Revision rev_75a74e4539cb();   ///< update lease status
Revision rev_c0ae6b08b0d7();   ///< resource_properties_in_instance_plugin
Revision rev_35b314cd39ee();   ///< add_az_in_compute
Revision rev_9593f3656974();   ///< no affinity instance reservation
Revision rev_e069c014356d();   ///< add-floatingip
Revision rev_f4084140f608();   ///< add_floatingip_reservation
Revision rev_02e2f2186d98();   ///< resource property
Revision rev_553383923ca0();   ///< Add compute host inventory and traits

}  // namespace dbm::blazar
