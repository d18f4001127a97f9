// The sahara plugin's private list of revisions, one function per file in
// revisions/, named after the upstream revision id. Only plugin.cpp and the
// plugin's tests include this; the host never sees it.
#pragma once

#include <dbm/revision.h>

namespace dbm::sahara {

// No sahara revision has a downgrade, as upstream: a downgrade through any of
// them stops before it starts.
Revision rev_001();  ///< Icehouse release
Revision rev_002();  ///< placeholder
Revision rev_003();  ///< placeholder
Revision rev_004();  ///< placeholder
Revision rev_005();  ///< placeholder
Revision rev_006();  ///< placeholder
Revision rev_007();  ///< convert clusters.status_description to LongText
Revision rev_008();  ///< add security_groups field to node groups
Revision rev_009();  ///< add rollback info to cluster
Revision rev_010();  ///< add auto_security_groups flag to node group
Revision rev_011();  ///< add Sahara settings info to cluster
Revision rev_012();  ///< add availability_zone field to node groups
Revision rev_013();  ///< add volumes_availability_zone field to node groups
Revision rev_014();  ///< add_volume_type
Revision rev_015();  ///< add_events_objects
Revision rev_016();  ///< Add is_proxy_gateway
Revision rev_017();  ///< drop progress in JobExecution
Revision rev_018();  ///< add volume_local_to_instance flag
Revision rev_019();  ///< Add is_default field for cluster and node_group templates
Revision rev_020();  ///< remove redandunt progress ops
Revision rev_021();  ///< Add data_source_urls to job_executions to support placeholders
Revision rev_022();  ///< add_job_interface
Revision rev_023();  ///< add_use_autoconfig
Revision rev_024();  ///< manila_shares
Revision rev_025();  ///< Increase internal_ip and management_ip column size to work with IPv6
Revision rev_026();  ///< add is_public and is_protected flags
Revision rev_027();  ///< Rename oozie_job_id
Revision rev_028();  ///< add_storage_devices_number
Revision rev_029();  ///< set is_protected on is_default
Revision rev_030();  ///< health-check
Revision rev_031();  ///< added_plugins_table
Revision rev_032();  ///< 032_add_domain_name
Revision rev_033();  ///< 033_add anti_affinity_ratio field to cluster
Revision rev_034();  ///< Add boot_from_volumes field for node_groups and related classes
Revision rev_035();  ///< boot from volume enhancements

}  // namespace dbm::sahara
